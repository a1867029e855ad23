using CorporateParenting.Rules;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Validation;
using Google.Rpc;
using Grpc.Core;

namespace CorporateParenting.ServiceDefaults.Tests;

public sealed class GrpcErrors_Specs
{
    private static readonly DateOnly Today = new(2030, 1, 1);

    [Fact]
    public void Every_invalid_field_is_collected_and_reported_as_a_bad_request_field_violation()
    {
        var errors = new FieldErrors();
        errors.Required("given_name", " ");
        errors.RequiredDate("date_of_birth", "01/06/2015", DateKind.Birth, Today);
        errors.OneOf("sex", "1", ["M", "F", "U"]);
        errors.RequiredGuid("child_id", Guid.Empty.ToString());

        var exception = Assert.Throws<RequestValidationException>(errors.ThrowIfAny);
        var rpc = GrpcExceptionInterceptor.ToRpcException(exception);

        Assert.Equal(StatusCode.InvalidArgument, rpc.StatusCode);
        var violations = rpc.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations;
        Assert.Equal(["child_id", "date_of_birth", "given_name", "sex"], violations.Select(v => v.Field).Order());
        Assert.Contains(violations, v => v.Field == "sex" && v.Description == "must be one of M, F, U.");
    }

    [Fact]
    public void Valid_fields_pass_and_come_back_trimmed_and_parsed()
    {
        var errors = new FieldErrors();

        Assert.Equal("Sam", errors.Required("given_name", "  Sam "));
        Assert.Equal(new DateOnly(2028, 2, 29), errors.RequiredDate("date_of_birth", "2028-02-29", DateKind.Birth, Today));
        Assert.False(errors.Any);
        errors.ThrowIfAny();
    }

    [Fact]
    public void A_date_that_does_not_exist_is_invalid()
    {
        var errors = new FieldErrors();
        errors.RequiredDate("date_of_birth", "2027-02-29", DateKind.Birth, Today);
        Assert.True(errors.Any);
    }

    [Theory]
    [InlineData(DomainErrorKind.Validation, StatusCode.InvalidArgument, 400)]
    [InlineData(DomainErrorKind.NotFound, StatusCode.NotFound, 404)]
    [InlineData(DomainErrorKind.Conflict, StatusCode.AlreadyExists, 409)]
    [InlineData(DomainErrorKind.RuleViolation, StatusCode.FailedPrecondition, 422)]
    public void One_mapping_serves_rest_and_grpc(DomainErrorKind kind, StatusCode grpc, int http)
    {
        Assert.Equal(grpc, ErrorStatusMap.ToGrpcStatus(kind));
        Assert.Equal(http, ErrorStatusMap.ToHttpStatus(kind));
    }

    [Fact]
    public void A_rule_violation_reaches_grpc_callers_as_failed_precondition_with_its_reason()
    {
        var rpc = GrpcExceptionInterceptor.ToRpcException(new RuleViolation("Record the end of the period of care first."));

        Assert.Equal(StatusCode.FailedPrecondition, rpc.StatusCode);
        Assert.Equal("Record the end of the period of care first.", rpc.Status.Detail);
    }
}
