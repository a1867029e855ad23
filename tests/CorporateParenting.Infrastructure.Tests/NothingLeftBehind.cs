namespace CorporateParenting.Infrastructure.Tests;

/// <summary>What a disposed server must not leave: a process of its folder, a port it listened on, the folder itself.</summary>
internal static class NothingLeftBehind
{
    public static void In(string folder, params (string What, int Port)[] ports)
    {
        var left = ProcessTable.OfServersIn(folder);
        Assert.True(left.Count == 0, $"Left running:{Environment.NewLine}{ProcessTable.Describe(left)}");
        foreach (var (what, port) in ports)
        {
            Assert.True(FreePort.IsFree(port), $"{what} port {port} is still taken");
        }
        Assert.False(Directory.Exists(folder), $"{folder} is still there");
    }
}
