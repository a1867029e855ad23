using VirtualSchool.Api.Commands;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Queries;

/// <summary>A PEP in a list: whose, what kind, where in the workflow, when due, and whether it is overdue today.</summary>
public sealed record PepListItem(
    Guid Id, Guid PupilId, string GivenName, string FamilyName, string Kind, string Occasion, string Form, string Status, DateOnly DueOn,
    string? Term, bool IsOverdue, string? Rating, DateOnly? CompletedOn, int Version);

/// <summary>One change of a PEP: who, when, what, the status after it, and the content as it then stood.</summary>
public sealed record PepHistoryView(string Action, string StatusAfter, string By, DateTimeOffset At, int Version, string? Note, PepContentDocument Content);

/// <summary>A PEP with its content, what still blocks submission, its quality assessment and every change.</summary>
public sealed record PepDetails(
    Guid Id, Guid PupilId, string GivenName, string FamilyName, string Kind, string Occasion, string Form, string Status, DateOnly DueOn,
    string? Term, bool IsOverdue, int Version, PepContentDocument Content, IReadOnlyList<string> MissingSections, string? ReturnedReason,
    PepQualityView? Quality, string? CloseReason, string? CloseDetail, DateOnly? ClosedOn, DateOnly? CompletedOn,
    string CreatedBy, DateTimeOffset CreatedAt, string? SubmittedBy, DateTimeOffset? SubmittedAt, string? ReturnedBy, DateTimeOffset? ReturnedAt,
    string? CompletedBy, DateTimeOffset? CompletedAt, IReadOnlyList<PepHistoryView> History);
