using System.Security.Cryptography;
using System.Text;

namespace Notifications.Domain.Acknowledgements;

/// <summary>
/// The one-use link an emailed notice carries so the host can acknowledge it (docs/out-of-area.md §12): 32 random bytes
/// in base64url, of which only the SHA-256 is stored, so a copy of the database cannot acknowledge anything.
/// </summary>
public static class AcknowledgementLink
{
    public const int TokenBytes = 32;

    public static (string Token, string Hash) New()
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(TokenBytes));
        return (token, HashOf(token));
    }

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    /// <summary>The shape of a token this class makes: 43 base64url characters. Anything else is not looked up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
