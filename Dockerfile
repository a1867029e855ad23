# syntax=docker/dockerfile:1
# One image recipe for every service; the project is a build argument. Build with the repository root as the context:
#   docker build --build-arg PROJECT=services/Placements/Placements.Api/Placements.Api.csproj -t corporate-parenting/placements .
# docker-compose.yml does this for every service.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG PROJECT
WORKDIR /src
# Build settings and central package versions, the shared libraries, then the services (restore reads only what PROJECT needs).
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY shared/ shared/
COPY services/ services/
RUN test -n "$PROJECT" || (echo "Set --build-arg PROJECT=services/<Service>/<Project>/<Project>.csproj" && exit 1)
RUN dotnet restore "$PROJECT"
RUN dotnet publish "$PROJECT" -c Release --no-restore -o /app/publish -p:UseAppHost=false \
    && basename "$PROJECT" .csproj > /app/publish/entry-assembly

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /app/publish .
# Kestrel's named endpoints (set by docker-compose.yml: http on 8080, grpc on 8081) replace the image's default port.
ENV ASPNETCORE_HTTP_PORTS=""
USER $APP_UID
EXPOSE 8080 8081
ENTRYPOINT ["/bin/sh", "-c", "exec dotnet \"$(cat entry-assembly).dll\""]
