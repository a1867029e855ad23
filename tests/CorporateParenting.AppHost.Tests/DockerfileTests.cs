using System.Text.RegularExpressions;

namespace CorporateParenting.AppHost.Tests;

/// <summary>Each project's image runs that project's assembly as a non-root user and exposes its container ports.</summary>
public sealed partial class DockerfileTests
{
    public static TheoryData<string> ProjectNames => AppHostModel.ServiceNames;

    [Theory]
    [MemberData(nameof(ProjectNames))]
    public void Dockerfile_publishes_and_runs_the_project(string name)
    {
        var project = AppHostModel.Project(name);
        var directory = AppHostModel.ProjectDirectory(project);
        var assemblyName = Path.GetFileName(directory);
        var dockerfile = File.ReadAllText(RepositoryFiles.PathOf($"{directory}/Dockerfile"));
        var csproj = $"{directory}/{assemblyName}.csproj";

        Assert.Matches(new Regex(@"^FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build$", RegexOptions.Multiline), dockerfile);
        Assert.Matches(new Regex($@"^RUN dotnet restore {Regex.Escape(csproj)}$", RegexOptions.Multiline), dockerfile);
        Assert.Matches(new Regex($@"^RUN dotnet publish {Regex.Escape(csproj)} -c Release\b", RegexOptions.Multiline), dockerfile);
        Assert.Matches(new Regex(@"^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0\b", RegexOptions.Multiline), dockerfile);
        Assert.Matches(new Regex(@"^USER \$APP_UID$", RegexOptions.Multiline), dockerfile);
        Assert.Equal($"ENTRYPOINT [\"dotnet\", \"{assemblyName}.dll\"]", Instruction(dockerfile, "ENTRYPOINT"));
        Assert.Equal(
            string.Join(' ', AppHostModel.Endpoints(project).Select(e => ComposeMirrorsAppHostTests.ContainerPort(e.Name)).Order()),
            Instruction(dockerfile, "EXPOSE")["EXPOSE ".Length..]);
    }

    [Fact]
    public void Dockerignore_keeps_build_output_local_state_and_git_out_of_the_context()
    {
        var patterns = File.ReadAllLines(RepositoryFiles.PathOf(".dockerignore")).Select(l => l.Trim()).ToHashSet();

        Assert.Superset(new HashSet<string> { "**/bin/", "**/obj/", "**/TestResults/", ".local/", ".git/" }, patterns);
    }

    private static string Instruction(string dockerfile, string instruction)
    {
        var matches = Regex.Matches(dockerfile, $@"^{instruction} .*$", RegexOptions.Multiline);
        Assert.True(matches.Count == 1, $"Expected one {instruction} instruction, found {matches.Count}.");
        return matches[0].Value.TrimEnd();
    }
}
