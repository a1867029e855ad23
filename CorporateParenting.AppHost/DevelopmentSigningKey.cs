using System.Security.Cryptography;

namespace CorporateParenting.AppHost;

/// <summary>
/// The key local development tokens are signed with: random, made once per clone, kept in the git-ignored
/// <c>.local</c> folder, so no key is ever committed.
/// </summary>
public static class DevelopmentSigningKey
{
    public static string LoadOrCreate(string repositoryRoot)
    {
        var path = Path.Combine(repositoryRoot, ".local", "development-signing-key");
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        File.WriteAllText(path, key);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return key;
    }
}
