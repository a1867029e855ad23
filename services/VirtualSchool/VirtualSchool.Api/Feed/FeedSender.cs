using System.Security.Claims;
using CorporateParenting.ServiceDefaults.Security;

namespace VirtualSchool.Api.Feed;

/// <summary>
/// Who sent a feed and how: the caller (the token's subject, or the command's user), the school a <c>school</c> caller
/// acts for (its rows may name that URN only), the source rows default to, and the file's name if it has one.
/// </summary>
public sealed record FeedSender(string SentBy, string? SchoolUrn, string Source, string? FileName)
{
    public const string DefaultSource = "upload";

    public static FeedSender Of(ClaimsPrincipal user, string? source, string? fileName)
    {
        string subject = PlatformClaims.SubjectOf(user);
        string? schoolUrn = user.IsInRole(Roles.VirtualSchool) ? null : user.FindFirst(PlatformClaims.Urn)?.Value;
        return new FeedSender(subject, schoolUrn, source ?? (schoolUrn is null ? DefaultSource : $"school {schoolUrn}"), fileName);
    }
}
