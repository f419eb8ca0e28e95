# Tiekartta's container: a thin wrapper of the tested production start (scripts/production-start.sh,
# run by test/production.test.ts). Build stage: all dependencies, `npm run build`. Runtime stage: the
# production dependencies, the build, the demo files the build reads, and the PostgreSQL client tools
# that `tiekartta backup` / `restore` use, as a non-root user. See docs/DEPLOYMENT.md.
ARG NODE_VERSION=20
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm run build

FROM node:${NODE_VERSION}-bookworm-slim
# pg_dump must be at least as new as the server it dumps: the client of compose.yaml's PostgreSQL 16.
ARG PG_MAJOR=16
RUN apt-get update \
  && apt-get install -y --no-install-recommends ca-certificates curl \
  && install -d /usr/share/postgresql-common/pgdg \
  && curl -fsSo /usr/share/postgresql-common/pgdg/apt.postgresql.org.asc https://www.postgresql.org/media/keys/ACCC4CF8.asc \
  && echo "deb [signed-by=/usr/share/postgresql-common/pgdg/apt.postgresql.org.asc] https://apt.postgresql.org/pub/repos/apt bookworm-pgdg main" > /etc/apt/sources.list.d/pgdg.list \
  && apt-get update \
  && apt-get install -y --no-install-recommends postgresql-client-${PG_MAJOR} \
  && apt-get purge -y curl && apt-get autoremove -y && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY bin ./bin
COPY scripts/production-start.sh ./scripts/
COPY demo ./demo
COPY --from=build /app/dist ./dist
# Without DATABASE_URL, the embedded database lives here (one process only; mount a volume).
ENV TIEKARTTA_DATA=/var/lib/tiekartta
RUN install -d -o node -g node /var/lib/tiekartta
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["sh", "scripts/production-start.sh"]
