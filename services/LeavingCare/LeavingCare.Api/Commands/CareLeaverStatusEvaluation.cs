using LeavingCare.Api.Infrastructure;
using LeavingCare.Domain.Duties;
using LeavingCare.Domain.Status;

namespace LeavingCare.Api.Commands;

/// <summary>
/// A young person's category on a day from the history held (docs/leaving-care.md §2, §2.1): when it differs from the one
/// stored, the new one is stored from that day with the moment it changed and kept in the status history, in the
/// caller's transaction (the row locked). <c>Sweeps/StatusAnnouncements.cs</c> announces it once it has held for a quiet
/// period, so a category that events arriving out of order change and change back is never announced.
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
        (person.Category, person.CategorySince, person.CategoryChangedAt) = (category, today, now);
        return true;
    }
}
