using CorporateParenting.Contracts.LeavingCare;
using CorporateParenting.Messaging.Outbox;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Domain.Duties;
using LeavingCare.Domain.Status;

namespace LeavingCare.Api.Commands;

/// <summary>
/// A young person's category on a day from the history held (docs/leaving-care.md §2, §2.1): when it differs from the one
/// stored, the new one is stored from that day, kept in the status history and announced with
/// <c>CareLeaverStatusChanged</c> through the outbox, in the caller's transaction (the row locked), so once per change.
/// </summary>
public static class CareLeaverStatusEvaluation
{
    public const string ByEvent = "event";
    public const string BySweep = "sweep";
    public const string ByRebuild = "rebuild";

    public static CareHistory HistoryOf(YoungPersonRow person) =>
        new(person.DateOfBirth, CareTimeline.Episodes(CareChangesJson.Read(person.Changes)));

    public static ManualDetermination? DeterminationOf(YoungPersonRow person) =>
        person is { DeterminationReason: { } reason, DeterminationBy: { } by, DeterminationOn: { } on } ? new ManualDetermination(reason, by, on) : null;

    public static SupportChoices ChoicesOf(YoungPersonRow person) =>
        new(person.InEducationOrTraining, person.AskedForSupportOn, person.DeclinedOn);

    /// <returns>Whether the category changed.</returns>
    public static bool Evaluate(LeavingCareDbContext db, YoungPersonRow person, DateOnly today, string foundBy, DateTimeOffset now)
    {
        var category = CareLeaverCategories.Code(CareLeaverStatus.On(HistoryOf(person), today, DeterminationOf(person)));
        person.EvaluatedOn = today;
        person.UpdatedAt = now;
        if (category == person.Category)
        {
            return false;
        }

        db.Statuses.Add(new CareLeaverStatusRow { YoungPersonId = person.Id, Category = category, From = today, FoundBy = foundBy, RecordedAt = now });
        db.AddIntegrationEvent(new CareLeaverStatusChanged(
            person.Id, person.GivenName, person.FamilyName, person.DateOfBirth, person.Category, category, today, now));
        (person.Category, person.CategorySince) = (category, today);
        return true;
    }
}
