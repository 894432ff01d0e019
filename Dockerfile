# The reporting bot in a container. Build:   docker build -t reporting-bot .
# Run (the token comes from a file outside the repository, never from the image):
#   docker run -d --name reporting-bot --restart unless-stopped \
#     --env-file /etc/reporting-bot/token.env -v reporting-bot-data:/data reporting-bot
# /etc/reporting-bot/token.env holds one line, DISCORD_TOKEN=..., readable by root only (chmod 600).
# `docker stop` sends SIGTERM: the bot answers what it has received, then exits 0.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    REPORTING_BOT_QUESTION_LOG=/data/questions.sqlite3 \
    REPORTING_BOT_EMBEDDING_CACHE=/data/cache \
    REPORTING_BOT_LANGUAGES_FILE=/data/languages.json

WORKDIR /app
COPY pyproject.toml setup.py MANIFEST.in README.md ./
COPY bot ./bot
COPY knowledge ./knowledge
# pip install . ships knowledge/ inside the package (setup.py): the bot finds it from any directory.
RUN pip install . \
    && useradd --system --home-dir /data --shell /usr/sbin/nologin bot \
    && mkdir -p /data/cache && chown -R bot /data

USER bot
VOLUME ["/data"]
# The fact base is checked at every start (a broken one stops the bot with file, line and problem); the
# embedding cache is built on the first start, in the volume, rather than baked into a layer.
CMD ["python", "-m", "bot", "run"]
