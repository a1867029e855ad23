namespace CorporateParenting.Infrastructure.Tests;

public sealed class ResolveModeTests
{
    [Theory]
    [InlineData(InfrastructureMode.Containers)]
    [InlineData(InfrastructureMode.LocalServers)]
    public void An_explicit_mode_is_kept(InfrastructureMode mode) =>
        Assert.Equal(mode, InfrastructureLauncher.ResolveMode(mode));

    [Fact]
    public void Auto_follows_the_environment_variable_first()
    {
        var saved = Environment.GetEnvironmentVariable(InfrastructureLauncher.ModeVariable);
        try
        {
            Environment.SetEnvironmentVariable(InfrastructureLauncher.ModeVariable, "local");
            Assert.Equal(InfrastructureMode.LocalServers, InfrastructureLauncher.ResolveMode(InfrastructureMode.Auto));
            Environment.SetEnvironmentVariable(InfrastructureLauncher.ModeVariable, "containers");
            Assert.Equal(InfrastructureMode.Containers, InfrastructureLauncher.ResolveMode(InfrastructureMode.Auto));
            Environment.SetEnvironmentVariable(InfrastructureLauncher.ModeVariable, "podman");
            Assert.Throws<InvalidOperationException>(() => InfrastructureLauncher.ResolveMode(InfrastructureMode.Auto));
        }
        finally
        {
            Environment.SetEnvironmentVariable(InfrastructureLauncher.ModeVariable, saved);
        }
    }

    [Fact]
    public void Auto_without_an_answering_Docker_engine_means_local_servers()
    {
        var dockerAnswers = File.Exists("/var/run/docker.sock") || Environment.GetEnvironmentVariable("DOCKER_HOST") is not null;
        if (dockerAnswers || Environment.GetEnvironmentVariable(InfrastructureLauncher.ModeVariable) is not null)
        {
            return; // only meaningful on a machine without Docker, like our build machines
        }

        Assert.Equal(InfrastructureMode.LocalServers, InfrastructureLauncher.ResolveMode(InfrastructureMode.Auto));
    }
}
