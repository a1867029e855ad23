namespace Portal.Web.Services;

// Leaving Care's REST API (/api/leaving-care) as the team's pages read it.

/// <summary>An open duty on the team's worklist (<c>GET /worklist</c>), owned by the adviser or by the team until one is allocated.</summary>
public sealed record LeavingCareDuty(Guid YoungPersonId, string GivenName, string FamilyName, string Category, string Kind, DateOnly DueOn, bool IsOverdue, string Owner);

/// <summary>A care leaver whose window around a birthday is open or opening with no contact in it (<c>GET /in-touch/no-contact</c>).</summary>
public sealed record BirthdayWithoutContact(
    Guid YoungPersonId, string GivenName, string FamilyName, DateOnly Birthday, int Age, DateOnly WindowFirst, DateOnly WindowLast, string? PersonalAdviser);

/// <summary>A personal adviser with their caseload (<c>GET /advisers</c>).</summary>
public sealed record PersonalAdviser(Guid Id, string Name, int Caseload);

/// <summary>Leaving Care's answer to an allocation or a contact recorded.</summary>
public sealed record LeavingCareRecorded(DateOnly? From, DateOnly? On);

public static class LeavingCareRoutes
{
    public const string Prefix = "/api/leaving-care";
    public const string Worklist = Prefix + "/worklist?pageSize=200";
    public const string NoContact = Prefix + "/in-touch/no-contact";
    public const string Advisers = Prefix + "/advisers";

    public static string YoungPerson(Guid id) => $"{Prefix}/young-people/{id}";
}
