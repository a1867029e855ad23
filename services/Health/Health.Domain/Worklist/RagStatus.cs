namespace Health.Domain;

public enum RagStatus
{
    /// <summary>Overdue: the due date has passed.</summary>
    Red,

    /// <summary>Due today or within the amber window.</summary>
    Amber,

    Green,
}
