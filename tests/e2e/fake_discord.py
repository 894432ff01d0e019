"""A small fake Discord on 127.0.0.1: the REST routes the bot calls and the gateway protocol.

It answers like Discord where discord.py looks: JSON with a Content-Type of exactly application/json,
interaction callbacks with a JSON body (discord.py asks `with_response`), message objects built from
what was sent. Every REST request is recorded, so tests can wait for the one they expect; the gateway
does HELLO, takes the heartbeat and IDENTIFY, sends READY (and a GUILD_CREATE), ACKs heartbeats, and
dispatches whatever events a test hands it.
"""

from __future__ import annotations

import asyncio
import datetime
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

APP_ID = 1100000000000000001
BOT_ID = APP_ID
USER_ID = 1200000000000000002
OWNER_ID = 1200000000000000099
GUILD_ID = 1300000000000000003
CHANNEL_ID = 1400000000000000004
DM_CHANNEL_ID = 1500000000000000005
TIMESTAMP = "2024-05-01T12:00:00.000000+00:00"

BOT_USER = {
    "id": str(BOT_ID),
    "username": "reporting-bot",
    "discriminator": "0",
    "global_name": None,
    "avatar": None,
    "bot": True,
}
USER = {"id": str(USER_ID), "username": "asker", "discriminator": "0", "global_name": "Asker", "avatar": None}
OWNER = {"id": str(OWNER_ID), "username": "owner", "discriminator": "0", "global_name": "Owner", "avatar": None}
EPHEMERAL = 1 << 6
DISCORD_EPOCH_MS = 1420070400000


@dataclass
class Request:
    """One REST call the client made."""

    method: str
    path: str
    query: dict[str, str]
    body: Any
    #: When it arrived (time.monotonic()), for the load benchmark's latencies.
    at: float = field(default_factory=time.monotonic)


@dataclass
class Interaction:
    """What the fake remembers of an interaction it dispatched, to answer its callback and webhooks."""

    id: int
    token: str
    channel_id: int
    guild_id: int | None
    message_id: int | None = None  # the component's message, or the response once sent
    callbacks: list[dict[str, Any]] = field(default_factory=list)


def _json(payload: Any, status: int = 200) -> web.Response:
    # Exactly "application/json": discord.py compares the header verbatim, and aiohttp would add a charset.
    return web.Response(body=json.dumps(payload).encode(), status=status, headers={"Content-Type": "application/json"})


class FakeDiscord:
    """The fake: start() it, point discord.py at rest_base and gateway_url, dispatch events, inspect requests."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.unexpected: list[Request] = []
        self.messages: dict[int, dict[str, Any]] = {}
        self.interactions: dict[int, Interaction] = {}
        self._by_token: dict[str, Interaction] = {}
        self.commands: dict[str, dict[str, Any]] = {}
        self.identify: dict[str, Any] | None = None
        self.heartbeats = 0
        #: The server's language (its community setting), sent in GUILD_CREATE.
        self.guild_locale = "en-US"
        #: HTTP statuses the next command syncs fail with, in order (429s come without a Via header: Cloudflare's).
        self.sync_failures: list[int] = []
        #: The close code of each gateway connection the client closed.
        self.close_codes: list[int | None] = []
        self._ids = itertools.count()
        self._last_id = 0
        self._seq = 0
        self._sockets: list[web.WebSocketResponse] = []
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{path:.*}", self._rest)
        self._app = app
        self._routes: list[tuple[str, re.Pattern[str], Callable[..., Any]]] = [
            ("GET", re.compile(r"users/@me"), self._me),
            ("GET", re.compile(r"oauth2/applications/@me"), self._application),
            ("GET", re.compile(r"gateway/bot"), self._gateway_bot),
            ("GET", re.compile(r"gateway"), lambda request, body: {"url": self.gateway_url}),
            ("PUT", re.compile(r"applications/(?P<app>\d+)/commands"), self._sync),
            ("PUT", re.compile(r"applications/(?P<app>\d+)/guilds/(?P<guild>\d+)/commands"), self._sync),
            ("POST", re.compile(r"interactions/(?P<id>\d+)/(?P<token>[^/]+)/callback"), self._callback),
            ("POST", re.compile(r"webhooks/(?P<app>\d+)/(?P<token>[^/]+)"), self._followup),
            ("GET", re.compile(r"webhooks/(?P<app>\d+)/(?P<token>[^/]+)/messages/(?P<message>@original|\d+)"), self._webhook_get),
            (
                "PATCH",
                re.compile(r"webhooks/(?P<app>\d+)/(?P<token>[^/]+)/messages/(?P<message>@original|\d+)"),
                self._webhook_edit,
            ),
            (
                "DELETE",
                re.compile(r"webhooks/(?P<app>\d+)/(?P<token>[^/]+)/messages/(?P<message>@original|\d+)"),
                self._webhook_delete,
            ),
            ("POST", re.compile(r"channels/(?P<channel>\d+)/messages"), self._channel_send),
            ("PATCH", re.compile(r"channels/(?P<channel>\d+)/messages/(?P<message>\d+)"), self._channel_edit),
            ("POST", re.compile(r"channels/(?P<channel>\d+)/typing"), lambda request, body, **_: None),
        ]

    # ------------------------------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        self._runner = web.AppRunner(self._app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, backlog=4096)  # Discord does not refuse a crowd's connections
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def close(self) -> None:
        for socket in list(self._sockets):
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def rest_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def next_id(self) -> int:
        """A snowflake, as Discord makes them: the time in milliseconds since 2015 above a counter (always increasing)."""
        snowflake = ((int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22) | (next(self._ids) & 0x3FFFFF)
        self._last_id = max(snowflake, self._last_id + 1)
        return self._last_id

    # ------------------------------------------------------------------------------------------ waiting

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_for(self, predicate: Callable[[Request], bool], timeout: float = 5.0, *, after: int = 0) -> Request:
        """The first recorded request (from index `after`) that satisfies `predicate`, waiting up to `timeout`."""

        def find() -> Request | None:
            return next((r for r in self.requests[after:] if predicate(r)), None)

        async with asyncio.timeout(timeout), self._changed:
            await self._changed.wait_for(lambda: find() is not None)
        found = find()
        assert found is not None
        return found

    async def callback_of(self, interaction_id: int, timeout: float = 5.0) -> dict[str, Any]:
        """The body the bot sent to answer an interaction."""
        request = await self.wait_for(
            lambda r: r.method == "POST" and r.path.startswith(f"interactions/{interaction_id}/"), timeout
        )
        return request.body

    def pinging_requests(self) -> list[Request]:
        """Requests that create or edit a message without allowed_mentions that ping no one."""
        offending = []
        for request in self.requests:
            body = request.body
            if request.method not in ("POST", "PATCH") or not isinstance(body, dict):
                continue
            data = body.get("data") if request.path.startswith("interactions/") else body
            if not isinstance(data, dict) or not {"content", "embeds", "components"} & set(data):
                continue
            allowed = data.get("allowed_mentions")
            if (
                allowed is None
                or allowed.get("parse") != []
                or allowed.get("users")
                or allowed.get("roles")
                or allowed.get("replied_user")
            ):
                offending.append(request)
        return offending

    # ------------------------------------------------------------------------------------------ REST

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = request.match_info["path"]
        raw = await request.read()
        body = json.loads(raw) if raw and request.content_type == "application/json" else None
        recorded = Request(request.method, path, dict(request.query), body)
        self.requests.append(recorded)
        try:
            for method, pattern, handler in self._routes:
                found = pattern.fullmatch(path)
                if method == request.method and found:
                    result = handler(request, body, **found.groupdict())
                    if isinstance(result, web.StreamResponse):
                        return result
                    if result is None:
                        return web.Response(status=204)
                    return _json(result)
            self.unexpected.append(recorded)
            return _json({"message": f"404: fake Discord has no route {request.method} {path}", "code": 0}, 404)
        finally:
            await self._notify()

    def _me(self, request: web.Request, body: Any) -> dict[str, Any]:
        return BOT_USER

    def _application(self, request: web.Request, body: Any) -> dict[str, Any]:
        return {
            "id": str(APP_ID),
            "name": "Reporting bot",
            "description": "",
            "icon": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": OWNER,
            "verify_key": "0" * 64,
            "team": None,
            "flags": 0,
            "summary": "",
            "interactions_endpoint_url": None,
        }

    def _gateway_bot(self, request: web.Request, body: Any) -> dict[str, Any]:
        limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
        return {"url": self.gateway_url, "shards": 1, "session_start_limit": limit}

    def _sync(self, request: web.Request, body: Any, app: str, guild: str | None = None) -> Any:
        if self.sync_failures:
            status = self.sync_failures.pop(0)
            return _json({"message": "sync refused by the fake", "code": 0, "retry_after": 1.0, "global": False}, status)
        synced = []
        for command in body:
            known = {
                "description": "",  # Discord gives message and user commands an empty description
                **command,
                "id": str(self.next_id()),
                "application_id": app,
                "version": "1",
                "default_member_permissions": command.get("default_member_permissions"),
            }
            if guild:
                known["guild_id"] = guild
            self.commands[command["name"]] = known
            synced.append(known)
        return synced

    def bot_message(
        self, channel_id: int, body: dict[str, Any], *, message_id: int | None = None, kind: int = 0
    ) -> dict[str, Any]:
        """A message object as Discord would send it, authored by the bot."""
        message = {
            "id": str(message_id or self.next_id()),
            "channel_id": str(channel_id),
            "author": BOT_USER,
            "content": body.get("content") or "",
            "embeds": body.get("embeds") or [],
            "components": body.get("components") or [],
            "flags": body.get("flags") or 0,
            "timestamp": TIMESTAMP,
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "pinned": False,
            "type": kind,
        }
        self.messages[int(message["id"])] = message
        return message

    def _edit(self, message_id: int, body: dict[str, Any]) -> dict[str, Any]:
        message = self.messages[message_id]
        for key in ("content", "embeds", "components", "flags"):
            if key in body:
                message[key] = body[key] if body[key] is not None else ([] if key != "content" else "")
        message["edited_timestamp"] = datetime.datetime.now(datetime.UTC).isoformat()  # turned just now
        return message

    def _callback(self, request: web.Request, body: Any, id: str, token: str) -> dict[str, Any]:
        interaction = self.interactions[int(id)]
        interaction.callbacks.append(body)
        kind = body["type"]
        data = body.get("data") or {}
        resource: dict[str, Any] = {"type": kind}
        if kind in (4, 5):  # a new message (5: "thinking…" until the followup)
            message = self.bot_message(interaction.channel_id, data, kind=20)
            interaction.message_id = int(message["id"])
            resource["message"] = message
        elif kind == 7 and interaction.message_id is not None:  # update the component's message
            resource["message"] = self._edit(interaction.message_id, data)
        return {
            "interaction": {
                "id": id,
                "type": 2,
                "response_message_id": str(interaction.message_id) if interaction.message_id else None,
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(data.get("flags", 0) & EPHEMERAL),
            },
            "resource": resource,
        }

    def _interaction_by_token(self, token: str) -> Interaction:
        return self._by_token[token]

    def _followup(self, request: web.Request, body: Any, app: str, token: str) -> dict[str, Any]:
        return self.bot_message(self._interaction_by_token(token).channel_id, body or {}, kind=19)

    def _webhook_message_id(self, token: str, message: str) -> int:
        interaction = self._interaction_by_token(token)
        return int(message) if message != "@original" else int(interaction.message_id or 0)

    def _webhook_get(self, request: web.Request, body: Any, app: str, token: str, message: str) -> dict[str, Any]:
        return self.messages[self._webhook_message_id(token, message)]

    def _webhook_edit(self, request: web.Request, body: Any, app: str, token: str, message: str) -> dict[str, Any]:
        return self._edit(self._webhook_message_id(token, message), body or {})

    def _webhook_delete(self, request: web.Request, body: Any, app: str, token: str, message: str) -> web.Response:
        self.messages.pop(self._webhook_message_id(token, message), None)
        return web.Response(status=204)

    def _channel_send(self, request: web.Request, body: Any, channel: str) -> dict[str, Any]:
        return self.bot_message(int(channel), body or {}, kind=19 if (body or {}).get("message_reference") else 0)

    def _channel_edit(self, request: web.Request, body: Any, channel: str, message: str) -> dict[str, Any]:
        return self._edit(int(message), body or {})

    # ------------------------------------------------------------------------------------------ gateway

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._sockets.append(socket)
        await socket.send_json({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None})
        try:
            async for frame in socket:
                if frame.type is not WSMsgType.TEXT:
                    continue
                payload = json.loads(frame.data)
                if payload["op"] == 1:
                    self.heartbeats += 1
                    await socket.send_json({"op": 11, "d": None, "s": None, "t": None})
                elif payload["op"] == 2:
                    self.identify = payload["d"]
                    await self._ready(socket, payload["d"])
                elif payload["op"] == 6:
                    await self._send(socket, "RESUMED", {})
                await self._notify()
        finally:
            self._sockets.remove(socket)
            self.close_codes.append(socket.close_code)
            await self._notify()
        return socket

    async def _send(self, socket: web.WebSocketResponse, event: str, data: dict[str, Any]) -> None:
        self._seq += 1
        await socket.send_json({"op": 0, "t": event, "s": self._seq, "d": data})

    async def _ready(self, socket: web.WebSocketResponse, identify: dict[str, Any]) -> None:
        ready: dict[str, Any] = {
            "v": 10,
            "user": BOT_USER,
            "guilds": [{"id": str(GUILD_ID), "unavailable": True}],
            "session_id": "fake-session",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(APP_ID), "flags": 0},
        }
        if identify.get("shard"):
            ready["shard"] = identify["shard"]
        await self._send(socket, "READY", ready)
        await self._send(socket, "GUILD_CREATE", self.guild())

    def guild(self) -> dict[str, Any]:
        return {
            "id": str(GUILD_ID),
            "name": "Newsroom",
            "preferred_locale": self.guild_locale,
            "icon": None,
            "owner_id": str(USER_ID),
            "unavailable": False,
            "member_count": 2,
            "large": False,
            "features": [],
            "emojis": [],
            "stickers": [],
            "members": [],
            "voice_states": [],
            "presences": [],
            "threads": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "roles": [
                {
                    "id": str(GUILD_ID),
                    "name": "@everyone",
                    "permissions": "1024",
                    "position": 0,
                    "color": 0,
                    "hoist": False,
                    "managed": False,
                    "mentionable": False,
                    "flags": 0,
                }
            ],
            "channels": [self.channel()],
        }

    def channel(self) -> dict[str, Any]:
        return {
            "id": str(CHANNEL_ID),
            "type": 0,
            "guild_id": str(GUILD_ID),
            "name": "general",
            "position": 0,
            "permission_overwrites": [],
            "nsfw": False,
            "topic": None,
            "last_message_id": None,
            "parent_id": None,
            "rate_limit_per_user": 0,
        }

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send a gateway event to the connected client."""
        assert self._sockets, "no client is connected to the fake gateway"
        await self._send(self._sockets[-1], event, data)

    # ------------------------------------------------------------------------------------------ events

    def _interaction(
        self,
        kind: int,
        data: dict[str, Any],
        *,
        dm: bool,
        user: dict[str, Any],
        message: dict[str, Any] | None,
        locale: str = "en-US",
    ) -> dict[str, Any]:
        interaction_id = self.next_id()
        channel_id = DM_CHANNEL_ID if dm else CHANNEL_ID
        token = f"interaction-token-{interaction_id}"
        self.interactions[interaction_id] = self._by_token[token] = Interaction(
            interaction_id, token, channel_id, None if dm else GUILD_ID, int(message["id"]) if message else None
        )
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(APP_ID),
            "type": kind,
            "data": data,
            "token": token,
            "version": 1,
            "channel_id": str(channel_id),
            "app_permissions": "2147483647",
            "locale": locale,
            "entitlements": [],
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        if dm:
            payload["channel"] = {"id": str(DM_CHANNEL_ID), "type": 1, "recipients": [user]}
            payload["user"] = user
            payload["context"] = 1
            payload["authorizing_integration_owners"] = {"0": "0"}
        else:
            payload["guild_id"] = str(GUILD_ID)
            payload["guild_locale"] = "en-US"
            payload["channel"] = self.channel()
            payload["member"] = {
                "user": user,
                "roles": [],
                "joined_at": TIMESTAMP,
                "deaf": False,
                "mute": False,
                "flags": 0,
                "permissions": "2147483647",
            }
            payload["context"] = 0
            payload["authorizing_integration_owners"] = {"0": str(GUILD_ID)}
        if message is not None:
            payload["message"] = message
        return payload

    async def slash(
        self, name: str, /, *, dm: bool = False, user: dict[str, Any] = USER, locale: str = "en-US", **options: Any
    ) -> int:
        """Dispatch a slash command as a user would run it; returns the interaction id."""
        data = {
            "id": self.commands[name]["id"] if name in self.commands else str(self.next_id()),
            "name": name,
            "type": 1,
            "options": [{"name": key, "type": 3, "value": value} for key, value in options.items()],
        }
        payload = self._interaction(2, data, dm=dm, user=user, message=None, locale=locale)
        await self.dispatch("INTERACTION_CREATE", payload)
        return int(payload["id"])

    async def message_menu(
        self, name: str, target: dict[str, Any], *, dm: bool = False, user: dict[str, Any] = USER, locale: str = "en-US"
    ) -> int:
        """Dispatch a message context-menu command used on `target` (a message object, content included)."""
        data = {
            "id": self.commands[name]["id"] if name in self.commands else str(self.next_id()),
            "name": name,
            "type": 3,
            "target_id": target["id"],
            "resolved": {"messages": {target["id"]: target}},
        }
        payload = self._interaction(2, data, dm=dm, user=user, message=None, locale=locale)
        await self.dispatch("INTERACTION_CREATE", payload)
        return int(payload["id"])

    async def autocomplete(self, name: str, option: str, typed: str, *, dm: bool = False, locale: str = "en-US") -> int:
        """Dispatch an autocomplete request for one option."""
        data = {
            "id": self.commands[name]["id"] if name in self.commands else str(self.next_id()),
            "name": name,
            "type": 1,
            "options": [{"name": option, "type": 3, "value": typed, "focused": True}],
        }
        payload = self._interaction(4, data, dm=dm, user=USER, message=None, locale=locale)
        await self.dispatch("INTERACTION_CREATE", payload)
        return int(payload["id"])

    async def press(
        self,
        message: dict[str, Any],
        custom_id: str,
        *,
        values: list[str] | None = None,
        dm: bool = False,
        user: dict[str, Any] = USER,
        locale: str = "en-US",
    ) -> int:
        """Dispatch a click on a button (or a choice in a select menu) of a message."""
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": 3 if values is not None else 2}
        if values is not None:
            data["values"] = values
        payload = self._interaction(3, data, dm=dm, user=user, message=message, locale=locale)
        await self.dispatch("INTERACTION_CREATE", payload)
        return int(payload["id"])

    async def message(self, content: str, *, dm: bool, mentions: list[dict[str, Any]] | None = None) -> int:
        """Dispatch a message a user wrote: in the DM with the bot, or in the guild's channel."""
        message_id = self.next_id()
        payload: dict[str, Any] = {
            "id": str(message_id),
            "channel_id": str(DM_CHANNEL_ID if dm else CHANNEL_ID),
            "author": USER,
            "content": content,
            "timestamp": TIMESTAMP,
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": mentions or [],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "type": 0,
            "flags": 0,
        }
        if not dm:
            payload["guild_id"] = str(GUILD_ID)
            payload["member"] = {"roles": [], "joined_at": TIMESTAMP, "deaf": False, "mute": False, "flags": 0}
        await self.dispatch("MESSAGE_CREATE", payload)
        return message_id


def components_of(message: dict[str, Any]) -> list[dict[str, Any]]:
    """The buttons and menus of a message, rows flattened."""
    return [item for row in message.get("components", []) for item in row.get("components", [])]


def button(message: dict[str, Any], label: str) -> dict[str, Any]:
    """The button of a message with a label."""
    return next(c for c in components_of(message) if c.get("type") == 2 and c.get("label") == label)
