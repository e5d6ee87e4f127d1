using System;
using SchemaGuard.Core.Settings;
using Xunit;

namespace SchemaGuard.Core.Tests
{
    public class EngineVersionTests
    {
        [Theory]
        [InlineData("19", new[] { 19 }, "")]
        [InlineData("19c", new[] { 19 }, "c")]
        [InlineData("11g", new[] { 11 }, "g")]
        [InlineData("23ai", new[] { 23 }, "ai")]
        [InlineData("12.2", new[] { 12, 2 }, "")]
        [InlineData("12.2.0.1", new[] { 12, 2, 0, 1 }, "")]
        [InlineData("8.0.29", new[] { 8, 0, 29 }, "")]
        [InlineData(" 14 ", new[] { 14 }, "")]
        [InlineData("10.11", new[] { 10, 11 }, "")]
        public void Parses_versions_as_users_write_them(string text, int[] parts, string suffix)
        {
            Assert.True(EngineVersion.TryParse(text, out var version));
            Assert.Equal(parts, version.Parts);
            Assert.Equal(suffix, version.Suffix);
            Assert.Equal(text.Trim(), version.ToString());
        }

        [Theory]
        [InlineData("")]
        [InlineData(" ")]
        [InlineData(null)]
        [InlineData("c19")]
        [InlineData("19.")]
        [InlineData(".19")]
        [InlineData("19..1")]
        [InlineData("19 c")]
        [InlineData("v19")]
        [InlineData("8.0.29-log")]
        [InlineData("1234567890")]
        [InlineData("1.2.3.4.5.6.7")]
        [InlineData("19abcde")]
        public void Rejects_what_is_not_a_version(string? text)
        {
            Assert.False(EngineVersion.TryParse(text, out _));
            if (text != null) Assert.Throws<FormatException>(() => EngineVersion.Parse(text));
        }

        [Theory]
        [InlineData("19", "19.0", 0)]
        [InlineData("19c", "19", 0)]
        [InlineData("12.1", "12.2", -1)]
        [InlineData("12.2", "12.1.0.2", 1)]
        [InlineData("8.0", "8.0.29", -1)]
        [InlineData("8.0.29", "8.0.32", -1)]
        [InlineData("8.0.100", "8.0.32", 1)]
        [InlineData("9.6", "10", -1)]
        public void Compares_part_by_part(string left, string right, int sign)
        {
            var a = EngineVersion.Parse(left);
            var b = EngineVersion.Parse(right);
            Assert.Equal(sign, Math.Sign(a.CompareTo(b)));
            Assert.Equal(-sign, Math.Sign(b.CompareTo(a)));
            Assert.Equal(sign == 0, a == b);
            Assert.Equal(sign == 0, a.Equals(b));
            Assert.Equal(sign < 0, a < b);
            Assert.Equal(sign > 0, a > b);
            Assert.Equal(sign <= 0, a <= b);
            Assert.Equal(sign >= 0, a >= b);
            if (sign == 0) Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }

        [Fact]
        public void Range_helpers()
        {
            var v = EngineVersion.Parse("8.0.30");
            Assert.True(v.IsInRange("8.0.29", "8.0.32"));
            Assert.False(EngineVersion.Parse("8.0.32").IsInRange("8.0.29", "8.0.32"));
            Assert.True(EngineVersion.Parse("12.2").IsAtLeast("12.2"));
            Assert.False(EngineVersion.Parse("12.1.0.2").IsAtLeast("12.2"));
            Assert.Equal(8, v.Major);
            Assert.Equal(0, v.Minor);
            Assert.Equal(30, v.Patch);
            Assert.Equal(0, EngineVersion.Parse("19").Minor);
            Assert.Equal("19", EngineVersion.Parse("19c").ToNumericString());
            Assert.True(EngineVersion.Parse("1") > null!);
        }
    }
}
