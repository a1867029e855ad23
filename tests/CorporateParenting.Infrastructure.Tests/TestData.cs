
namespace CorporateParenting.Infrastructure.Tests;

internal static class TestData
{
    /// <summary>A fresh folder under the repository's git-ignored .local/ (short, for PostgreSQL's socket path).</summary>
    public static string NewDirectory(string purpose)
    {
        var root = Path.Combine(RepositoryRoot.Find(), ".local", "tests");
        return Path.Combine(root, $"{purpose}-{Guid.NewGuid().ToString("N")[..8]}");
    }

    public static void DeleteDirectory(string path)
    {
        var pointer = Path.Combine(path, "postgres", "DATA-IS-ELSEWHERE.txt");
        if (File.Exists(pointer) && File.ReadAllText(pointer).Trim() is { Length: > 0 } elsewhere && Directory.Exists(elsewhere))
        {
            Directory.Delete(elsewhere, recursive: true);
        }
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
