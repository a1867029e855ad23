namespace VirtualSchool.Domain.Enrolments;

/// <summary>A pupil on a provision's roll from <see cref="StartsOn"/> to <see cref="EndsOn"/> (both included; open while null).</summary>
public sealed record Enrolment(Guid Id, string Urn, DateOnly StartsOn, DateOnly? EndsOn, Registration Registration)
{
    /// <summary>Single or the main one of a dual registration: the pupil's school.</summary>
    public bool IsMain => Registration != Registration.DualSubsidiary;

    public bool Overlaps(Enrolment other) =>
        StartsOn <= (other.EndsOn ?? DateOnly.MaxValue) && other.StartsOn <= (EndsOn ?? DateOnly.MaxValue);

    /// <summary>This enrolment's whole time lies within <paramref name="other"/>'s.</summary>
    public bool IsWithin(Enrolment other) =>
        other.StartsOn <= StartsOn && (EndsOn ?? DateOnly.MaxValue) <= (other.EndsOn ?? DateOnly.MaxValue);

    public bool IsOn(DateOnly date) => StartsOn <= date && (EndsOn is null || date <= EndsOn);
}
