namespace CorporateParenting.ServiceDefaults.Security;

/// <summary>The <c>Authentication</c> configuration section.</summary>
public sealed class PlatformAuthenticationOptions
{
    public const string Section = "Authentication";

    /// <summary>OpenID Connect authority (issuer URL) in production, e.g. the council's identity provider.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience our tokens are issued for.</summary>
    public string? Audience { get; set; }

    /// <summary>
    /// Whether the authority's discovery document must be fetched over HTTPS: always outside tests, whose in-process
    /// identity provider listens on plain HTTP.
    /// </summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// Development only: the key development tokens are signed with. Ignored in every other environment. In Development,
    /// when an authority is configured too, tokens from either are accepted (the Portal's sign-in tests).
    /// </summary>
    public string? DevelopmentSigningKey { get; set; }
}
