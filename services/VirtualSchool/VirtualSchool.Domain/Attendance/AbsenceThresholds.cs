namespace VirtualSchool.Domain.Attendance;

/// <summary>
/// DfE's thresholds, as a share of possible sessions missed: 10% since 2015/16 for persistent absence, 50% for severe
/// absence (docs/virtual-school.md §4.2). Both are "or more": exactly 10% is persistent.
/// </summary>
public static class AbsenceThresholds
{
    public const int PersistentPercent = 10;

    public const int SeverePercent = 50;
}
