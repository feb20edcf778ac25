# The Node server (npm start) in a container: the embedded libSQL file on a volume by default,
# or a libSQL server (Turso) with DATABASE_URL and DATABASE_AUTH_TOKEN.
#
#   docker build -t medins-settlement .
#   docker run -p 8787:8787 -v medins-data:/data -e ADMIN_API_KEY=… -e ID_NUMBER_HASH_KEY=… medins-settlement
#
# Node 22 (package.json "engines"); only production dependencies; runs as the unprivileged
# `node` user; the first start creates, migrates and seeds /data/medins.db.
FROM node:22-bookworm-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8787 \
    DATABASE_URL=file:/data/medins.db
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
COPY drizzle ./drizzle
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 8787
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:' + process.env.PORT + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "--import", "tsx", "src/main.ts"]
