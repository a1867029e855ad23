namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>
/// The most a pupil may be allocated in the year, set by the VSH above or below the per-child default
/// (docs/virtual-school.md §10.5).
/// </summary>
public sealed record PupilBudget(Guid PupilId, Money Amount);
