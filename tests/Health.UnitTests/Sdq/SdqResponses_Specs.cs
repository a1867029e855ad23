using Health.Domain;
using static Health.UnitTests.Sdq.Questionnaires;

namespace Health.UnitTests.Sdq;

public sealed class SdqResponses_Specs
{
    [Fact]
    public void Responses_are_read_by_item_number_and_blanks_are_kept_as_missing()
    {
        var responses = new SdqResponses(Answers((1, 2), (7, 0), (25, 1)));

        Assert.Equal(2, responses[1]);
        Assert.Equal(0, responses[7]);
        Assert.Equal(1, responses[25]);
        Assert.Null(responses[2]);
        Assert.Equal(3, responses.Answered);
    }

    [Fact]
    public void A_questionnaire_with_nothing_answered_is_still_a_valid_record() =>
        Assert.Equal(0, new SdqResponses(NoAnswers()).Answered);

    [Theory]
    [InlineData(7, 3, "SDQ item 7 (obeys) has the response 3; a response is 0 (not true), 1 (somewhat true), 2 (certainly true) or blank.")]
    [InlineData(1, -1, "SDQ item 1 (consid) has the response -1; a response is 0 (not true), 1 (somewhat true), 2 (certainly true) or blank.")]
    [InlineData(25, 9, "SDQ item 25 (attends) has the response 9; a response is 0 (not true), 1 (somewhat true), 2 (certainly true) or blank.")]
    public void A_response_other_than_0_1_or_2_is_refused_naming_the_item_and_value(int item, int response, string message)
    {
        var refusal = Assert.Throws<HealthRuleViolation>(() => new SdqResponses(Answers((item, response))));

        Assert.Equal(message, refusal.Message);
    }

    [Theory]
    [InlineData(24)]
    [InlineData(26)]
    [InlineData(0)]
    public void Anything_but_25_responses_is_refused(int count)
    {
        var refusal = Assert.Throws<HealthRuleViolation>(() => new SdqResponses(new int?[count]));

        Assert.Equal($"An SDQ has 25 items; {count} responses were given. Record every item, leaving unanswered ones blank.", refusal.Message);
    }

    [Fact]
    public void Changing_the_array_afterwards_does_not_change_the_record()
    {
        var answers = Answers((3, 2));
        var responses = new SdqResponses(answers);

        answers[2] = 0;

        Assert.Equal(2, responses[3]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(26)]
    public void Asking_for_an_item_outside_1_to_25_is_an_error(int item) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SdqResponses(NoAnswers())[item]);
}
