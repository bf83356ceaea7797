using Nalytiq.Cli.Parameters;
using Shouldly;
using Xunit;

namespace Nalytiq.Cli.Tests.Parameters;

public class ParameterTypingTests
{
    [Theory]
    [InlineData("2024", "var p = 2024;")]
    [InlineData("-7", "var p = -7;")]
    [InlineData("5000000000", "var p = 5000000000L;")]
    [InlineData("0.25", "var p = 0.25;")]
    [InlineData("1e3", "var p = 1000.0;")]
    [InlineData(".inf", "var p = double.PositiveInfinity;")]
    [InlineData("true", "var p = true;")]
    [InlineData("False", "var p = false;")]
    [InlineData("null", "object p = null;")]
    [InlineData("Huye", "var p = \"Huye\";")]
    [InlineData("Report: June \"final\"", "var p = \"Report: June \\\"final\\\"\";")]
    [InlineData("C:\\data\\x.csv", "var p = \"C:\\\\data\\\\x.csv\";")]
    [InlineData("[1, 2, 3]", "var p = new int[] { 1, 2, 3 };")]
    [InlineData("[1, 2.5]", "var p = new double[] { 1.0, 2.5 };")]
    [InlineData("[Huye, 'Rusizi']", "var p = new string[] { \"Huye\", \"Rusizi\" };")]
    [InlineData("[true, false]", "var p = new bool[] { true, false };")]
    [InlineData("[1, a]", "var p = new object[] { 1, \"a\" };")]
    [InlineData("[]", "var p = new string[0];")]
    public void A_command_line_value_is_typed_like_a_yaml_scalar_or_list(string text, string declaration)
    {
        var parameter = new NotebookParameter("p", ParameterReader.FromText("p", text));

        ParameterDeclarations.Declaration(parameter, declaredType: null).ShouldBe(declaration);
    }

    [Theory]
    [InlineData("double", "1", "double p = 1.0;")]
    [InlineData("long", "3", "long p = 3L;")]
    [InlineData("decimal", "0.1", "decimal p = 0.1m;")]
    [InlineData("float", "2", "float p = 2f;")]
    [InlineData("string", "2024", "string p = \"2024\";")]
    [InlineData("int?", "null", "int? p = null;")]
    [InlineData("double[]", "[1, 2]", "double[] p = new double[] { 1.0, 2.0 };")]
    public void A_type_named_in_the_parameters_cell_is_kept(string declaredType, string text, string declaration)
    {
        var parameter = new NotebookParameter("p", ParameterReader.FromText("p", text));

        ParameterDeclarations.Declaration(parameter, declaredType).ShouldBe(declaration);
    }

    [Fact]
    public void The_defaults_cell_names_the_explicit_types_only()
    {
        var types = ParameterDeclarations.DeclaredTypes("var district = \"Huye\";\ndouble rate = 0.5;\nconst int year = 2025;\nstring[] crops = [];\n");

        types.ShouldBe(new Dictionary<string, string> { ["rate"] = "double", ["year"] = "int", ["crops"] = "string[]" }, ignoreOrder: true);
    }

    [Theory]
    [InlineData("int", "abc")]
    [InlineData("int", "5000000000")]
    [InlineData("bool", "1")]
    [InlineData("int[]", "3")]
    public void A_value_that_does_not_fit_the_declared_type_is_a_clear_error(string declaredType, string text)
    {
        var parameter = new NotebookParameter("year", ParameterReader.FromText("year", text));

        var error = Should.Throw<NalytiqException>(() => ParameterDeclarations.Declaration(parameter, declaredType));

        error.Message.ShouldContain("'year'");
        error.Message.ShouldContain(declaredType);
    }

    [Theory]
    [InlineData("2fast")]
    [InlineData("class")]
    [InlineData("my-name")]
    public void A_name_that_is_not_a_csharp_variable_is_refused(string name) =>
        Should.Throw<NalytiqException>(() => ParameterDeclarations.Declaration(new NotebookParameter(name, 1L), null))
            .Message.ShouldContain(name);

    [Fact]
    public async Task Files_apply_in_order_then_command_line_values_win()
    {
        var directory = Directory.CreateTempSubdirectory("nalytiq-params-").FullName;
        try
        {
            var json = Path.Combine(directory, "base.json");
            await File.WriteAllTextAsync(json, """{ "district": "Huye", "year": 2024, "rate": 0.5, "crops": ["coffee", "tea"], "final": true, "note": null }""");
            var yaml = Path.Combine(directory, "override.yaml");
            await File.WriteAllTextAsync(yaml, "year: 2025\nlabel: '2025'\nweights: [1, 2.5]\nempty:\n");

            var parameters = await ParameterReader.ReadAsync([json, yaml], [new("district", "Rusizi")], default);

            parameters.Select(p => p.Name).ShouldBe(["district", "year", "rate", "crops", "final", "note", "label", "weights", "empty"]);
            var values = parameters.ToDictionary(p => p.Name, p => p.Value);
            values["district"].ShouldBe("Rusizi");
            values["year"].ShouldBe(2025L);
            values["rate"].ShouldBe(0.5);
            values["crops"].ShouldBe(new List<object?> { "coffee", "tea" });
            values["final"].ShouldBe(true);
            values["note"].ShouldBeNull();
            values["label"].ShouldBe("2025"); // quoted in YAML: text
            values["weights"].ShouldBe(new List<object?> { 1L, 2.5 });
            values["empty"].ShouldBeNull();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("p.json", "[1, 2]")]
    [InlineData("p.json", "{ \"a\": { \"nested\": 1 } }")]
    [InlineData("p.yaml", "a: [1\n")]
    [InlineData("p.toml", "a = 1")]
    public async Task A_bad_parameters_file_is_a_clear_error(string name, string content)
    {
        var directory = Directory.CreateTempSubdirectory("nalytiq-params-").FullName;
        try
        {
            var path = Path.Combine(directory, name);
            await File.WriteAllTextAsync(path, content);

            var error = await Should.ThrowAsync<NalytiqException>(() => ParameterReader.ReadAsync([path], [], default));

            error.Message.ShouldNotBeNullOrWhiteSpace();
            error.Message.ShouldNotContain("   at ");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
