using System.Text;
using Notifications.Domain.Webhooks;

namespace Notifications.UnitTests.Webhooks;

/// <summary>docs/out-of-area.md §8: HMAC-SHA256 over the timestamp and the body, refused when stale, tampered, wrongly keyed or replayed.</summary>
public sealed class WebhookSignature_Specs
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("partner-secret-for-tests-only-0123456789");
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"childReference":"WM-1","state":"placed"}""");
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    private sealed class Seen : ISeenSignatures
    {
        private readonly HashSet<string> _seen = [];

        public Task<bool> FirstSightingAsync(string signature, DateTimeOffset keepUntil, CancellationToken ct) => Task.FromResult(_seen.Add(signature));
    }

    private static Task<SignatureCheck> Verify(string? header, byte[]? body = null, byte[]? secret = null, ISeenSignatures? seen = null) =>
        WebhookSignature.VerifyAsync(header, body ?? Body, [secret ?? Secret], Now, seen ?? new Seen());

    [Fact]
    public async Task A_signature_made_with_the_partners_secret_over_the_body_is_valid()
    {
        var header = WebhookSignature.Sign(Secret, Now, Body);

        Assert.Matches("^t=1796205600,v1=[0-9a-f]{64}$", header);
        Assert.Equal(SignatureCheck.Valid, await Verify(header));
    }

    /// <summary>Computed independently: printf '%s' '1796205600.{…body…}' | openssl dgst -sha256 -hmac '…secret…'.</summary>
    [Fact]
    public void A_known_signature_is_reproduced_exactly() =>
        Assert.Equal("t=1796205600,v1=b5df88e63b65b35d1eb46e4cf7f862b7b2da884a10da69a0e97a477c517cb1e2", WebhookSignature.Sign(Secret, Now, Body));

    [Fact]
    public async Task Another_secret_is_a_mismatch_and_any_of_the_secrets_held_during_a_change_of_secret_is_accepted()
    {
        var header = WebhookSignature.Sign(Secret, Now, Body);
        var other = Encoding.UTF8.GetBytes("another-partners-secret-0123456789");

        Assert.Equal(SignatureCheck.Mismatch, await Verify(header, secret: other));
        Assert.Equal(SignatureCheck.Valid, await WebhookSignature.VerifyAsync(header, Body, [other, Secret], Now, new Seen()));
    }

    [Fact]
    public async Task A_body_changed_by_one_byte_is_a_mismatch()
    {
        var header = WebhookSignature.Sign(Secret, Now, Body);
        var tampered = (byte[])Body.Clone();
        tampered[^3] ^= 1;

        Assert.Equal(SignatureCheck.Mismatch, await Verify(header, tampered));
    }

    [Theory]
    [InlineData(-300, SignatureCheck.Valid)]
    [InlineData(-301, SignatureCheck.Stale)]
    [InlineData(300, SignatureCheck.Valid)]
    [InlineData(301, SignatureCheck.Stale)]
    public async Task A_timestamp_more_than_five_minutes_either_side_of_the_receivers_clock_is_stale(int seconds, SignatureCheck expected) =>
        Assert.Equal(expected, await Verify(WebhookSignature.Sign(Secret, Now.AddSeconds(seconds), Body)));

    [Fact]
    public async Task The_same_signed_request_a_second_time_is_a_replay()
    {
        var seen = new Seen();
        var header = WebhookSignature.Sign(Secret, Now, Body);

        Assert.Equal(SignatureCheck.Valid, await Verify(header, seen: seen));
        Assert.Equal(SignatureCheck.Replayed, await Verify(header, seen: seen));
    }

    [Theory]
    [InlineData(null, SignatureCheck.Missing)]
    [InlineData(" ", SignatureCheck.Missing)]
    [InlineData("v1=00", SignatureCheck.Malformed)]
    [InlineData("t=1796205600", SignatureCheck.Malformed)]
    [InlineData("t=soon,v1=0000000000000000000000000000000000000000000000000000000000000000", SignatureCheck.Malformed)]
    [InlineData("t=-5,v1=0000000000000000000000000000000000000000000000000000000000000000", SignatureCheck.Malformed)]
    [InlineData("t=1796205600,v1=zz00000000000000000000000000000000000000000000000000000000000000", SignatureCheck.Malformed)]
    [InlineData("t=99999999999999999999,v1=0000000000000000000000000000000000000000000000000000000000000000", SignatureCheck.Malformed)]
    [InlineData("t=1796205600,v1=0000000000000000000000000000000000000000000000000000000000000000", SignatureCheck.Mismatch)]
    public async Task A_header_that_is_missing_or_malformed_is_refused_before_any_secret_is_tried(string? header, SignatureCheck expected) =>
        Assert.Equal(expected, await Verify(header));
}
