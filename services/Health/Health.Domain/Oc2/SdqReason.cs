namespace Health.Domain;

/// <summary>The SSDA903 reason no SDQ score is returned (OC2 <c>SDQ_REASON</c>, rule 196).</summary>
public enum SdqReason
{
    /// <summary>SDQ1: the child was under 4 or over 16 at the date of the latest assessment.</summary>
    Sdq1,

    /// <summary>SDQ2: the carer refused to complete the questionnaire.</summary>
    Sdq2,

    /// <summary>SDQ3: the child's severe disability made the assessment impossible.</summary>
    Sdq3,

    /// <summary>SDQ4: any other reason.</summary>
    Sdq4,

    /// <summary>SDQ5: the young person refused to allow the questionnaire to be completed.</summary>
    Sdq5,
}
