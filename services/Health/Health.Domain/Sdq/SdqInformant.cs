namespace Health.Domain;

/// <summary>Who filled in the questionnaire. Only the carer's SDQ is reported to DfE (docs/health.md §7.5).</summary>
public enum SdqInformant
{
    Carer,
    Teacher,
    Self,
}
