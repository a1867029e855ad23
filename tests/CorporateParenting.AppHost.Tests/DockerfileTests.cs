using System.Text.RegularExpressions;

namespace CorporateParenting.AppHost.Tests;

/// <summary>One Dockerfile builds every service: the project is a build argument, the image runs it as a non-root user.</summary>
public sealed class DockerfileTests
{
    private static readonly string Dockerfile = File.ReadAllText(RepositoryFiles.PathOf("Dockerfile"));

    [Fact]
    public void The_Dockerfile_publishes_the_project_it_is_given_and_runs_it_as_a_non_root_user()
    {
        Assert.Matches(new Regex(@"^FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build$", RegexOptions.Multiline), Dockerfile);
        Assert.Matches(new Regex(@"^ARG PROJECT$", RegexOptions.Multiline), Dockerfile);
        Assert.Matches(new Regex(@"^RUN dotnet restore ""\$PROJECT""$", RegexOptions.Multiline), Dockerfile);
        Assert.Matches(new Regex(@"^RUN dotnet publish ""\$PROJECT"" -c Release\b", RegexOptions.Multiline), Dockerfile);
        Assert.Matches(new Regex(@"^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0\b", RegexOptions.Multiline), Dockerfile);
        Assert.Matches(new Regex(@"^USER \$APP_UID$", RegexOptions.Multiline), Dockerfile);
    }

    [Fact]
    public void The_image_exposes_the_container_ports_of_every_endpoint()
    {
        var expected = AppHostModel.Services.SelectMany(AppHostModel.Endpoints)
            .Select(e => ComposeMirrorsAppHostTests.ContainerPort(e.Name)).Distinct().Order();

        Assert.Equal("EXPOSE " + string.Join(' ', expected), Instruction("EXPOSE"));
    }

    [Fact]
    public void No_service_keeps_a_Dockerfile_of_its_own()
    {
        Assert.Empty(Directory.EnumerateFiles(RepositoryFiles.PathOf("services"), "Dockerfile", SearchOption.AllDirectories));
    }

    [Fact]
    public void Dockerignore_keeps_build_output_local_state_and_git_out_of_the_context()
    {
        var patterns = File.ReadAllLines(RepositoryFiles.PathOf(".dockerignore")).Select(l => l.Trim()).ToHashSet();

        Assert.Superset(new HashSet<string> { "**/bin/", "**/obj/", "**/TestResults/", ".local/", ".git/" }, patterns);
    }

    private static string Instruction(string instruction)
    {
        var matches = Regex.Matches(Dockerfile, $@"^{instruction} .*$", RegexOptions.Multiline);
        Assert.True(matches.Count == 1, $"Expected one {instruction} instruction, found {matches.Count}.");
        return matches[0].Value.TrimEnd();
    }
}
