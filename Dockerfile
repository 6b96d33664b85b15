# Mediation sidebars companion server. Build: docker build -t mediation .   Run: see compose.yaml.
# Stage 1 builds the page bundles (dist/) and the server bundle (build/) with the dev tools.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/core/package.json shared/core/
COPY shared/protocol/package.json shared/protocol/
COPY shared/sidebar/package.json shared/sidebar/
COPY shared/pages/package.json shared/pages/
COPY companion-server/package.json companion-server/
COPY plugin-jitsi/package.json plugin-jitsi/
COPY plugin-zoom/package.json plugin-zoom/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Stage 2: runtime dependencies only (the same path test/server/production.test.ts runs), as a non-root user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=8080 HOST=0.0.0.0 DATA_DIR=/data STATIC_DIR=/app/dist
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/shared/core/package.json shared/core/
COPY --from=build /app/shared/protocol/package.json shared/protocol/
COPY --from=build /app/shared/sidebar/package.json shared/sidebar/
COPY --from=build /app/shared/pages/package.json shared/pages/
COPY --from=build /app/companion-server/package.json companion-server/
COPY --from=build /app/plugin-jitsi/package.json plugin-jitsi/
COPY --from=build /app/plugin-zoom/package.json plugin-zoom/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/build ./build
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "build/server.js"]
