# The Tadori dashboard and CLI, for docker-compose.yml (which points it at the Neo4j service).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
# The package first, so a change in the sample documents does not reinstall it.
COPY pyproject.toml README.md ./
COPY tadori ./tadori
COPY ingest ./ingest
COPY graph ./graph
COPY queries ./queries
COPY dashboard ./dashboard
RUN pip install . && useradd --create-home --uid 10001 tadori \
    && mkdir -p /var/lib/tadori && chown tadori /var/lib/tadori
COPY examples ./examples

USER tadori
# The dashboard listens on the container's loopback unless told otherwise: to reach it, run with
# -e TADORI_HOST=0.0.0.0 and publish on this machine only (-p 127.0.0.1:8050:8050), as compose does.
ENV TADORI_STORE=/var/lib/tadori/tadori.db TADORI_HOST=127.0.0.1 TADORI_PORT=8050
VOLUME ["/var/lib/tadori"]
EXPOSE 8050
CMD ["sh", "-c", "tadori ingest examples/sample-flows.csv examples/sample-registrations.csv && exec tadori serve"]
