namespace VirtualSchool.Api.Alerts;

/// <summary>An alert to put on the worklist unless one with the same pupil, kind and key is already there (docs/virtual-school.md §7).</summary>
public sealed record NewAlert(Guid PupilId, string Kind, DateOnly On, string Key, string? Urn, string Detail);

/// <summary>An alert that was new, so its event is due: the only ones the outbox is given.</summary>
public sealed record RaisedAlert(long Id, NewAlert Alert, bool IsPlacedHere);

/// <summary>A pupil's session whose standing mark an import wrote or replaced.</summary>
public sealed record MarkKey(Guid PupilId, DateOnly Date, short Session)
{
    /// <summary>The alert key of a session: <c>2026-12-01/AM</c>.</summary>
    public string AlertKey => $"{Date:yyyy-MM-dd}/{SessionName(Session)}";

    public static string SessionName(short session) => session == 0 ? "AM" : "PM";
}
