using System.Security.Cryptography;
using Google.Protobuf;

namespace CorporateParenting.ServiceDefaults.Idempotency;

/// <summary>
/// What a request said, in 64 hex characters, kept beside its idempotency key: a retry with the same key and the same
/// content returns the first result, the same key with other content is refused (as payment APIs do).
/// </summary>
public static class RequestFingerprint
{
    public const int Length = 64;

    public static string Of(IMessage request) => Convert.ToHexString(SHA256.HashData(request.ToByteArray()));

    /// <summary>A stored fingerprint of null comes from before fingerprints were kept, and matches any retry.</summary>
    public static bool SameContent(string? stored, string fingerprint) => stored is null || stored == fingerprint;

    public static string DiffersMessage(string key, string command) =>
        $"client_request_id '{key}' was already used for a {command} with different content; a retry must repeat the request exactly, a new request needs a new client_request_id.";
}
