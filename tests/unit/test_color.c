/* test_color: parsing "#rgb"/"#rrggbb" and CSS names, the palette,
 * luminance and tints. */
#include "units.h"
#include "color.h"

#include <math.h>
#include <pango/pango.h>
#include <string.h>

/* Contrast as WCAG 2 computes it; text on a fill always at 4.5:1 or more,
 * white on the mid-tone blue that had 2.7:1 for white counts before. */
static void contrast_and_text_on(void **state)
{
	(void)state;
	Color black = color_rgb(0x000000), white = color_rgb(0xffffff);
	assert_true(fabs(color_contrast(black, white) - 21) < 1e-9);
	assert_true(fabs(color_contrast(white, white) - 1) < 1e-9);
	for (unsigned v = 0; v <= 0xff; v += 5)
		for (unsigned mix = 0; mix < 3; mix++) {
			Color fill = color_rgb(mix == 0 ? v * 0x010101 : mix == 1 ? v << 16 : v << 8);
			assert_true(color_contrast(fill, color_text_on(fill)) >= 4.5);
		}
	Color blue = color_rgb(0x3399ff);
	assert_true(color_contrast(blue, white) < 3);
	assert_true(color_contrast(blue, color_text_on(blue)) >= 4.5);
}

static int byte(double c)
{
	return (int)(c * 255 + 0.5);
}

static void parses_short_and_long_hex(void **state)
{
	(void)state;
	Color c;
	assert_true(color_parse("#0a0B0c", &c));
	assert_int_equal(byte(c.r), 10);
	assert_int_equal(byte(c.g), 11);
	assert_int_equal(byte(c.b), 12);
	assert_true(c.a == 1.0);
	assert_true(color_parse("#f80", &c));
	assert_int_equal(byte(c.r), 0xff);
	assert_int_equal(byte(c.g), 0x88);
	assert_int_equal(byte(c.b), 0x00);
}

static void refuses_malformed(void **state)
{
	(void)state;
	Color c = color_rgb(0x123456), before = c;
	assert_false(color_parse("f80", &c));
	assert_false(color_parse("#ff00", &c));
	assert_false(color_parse("#gg0000", &c));
	assert_false(color_parse("#ff0000 ", &c));
	assert_false(color_parse("", &c));
	assert_false(color_parse("#", &c));
	/* a refused colour leaves the output alone */
	assert_true(c.r == before.r && c.g == before.g && c.b == before.b);
}

static unsigned hex_of(Color c)
{
	return (unsigned)(byte(c.r) << 16 | byte(c.g) << 8 | byte(c.b));
}

static void parses_css_names(void **state)
{
	(void)state;
	Color c;
	assert_true(color_parse("steelblue", &c));
	assert_int_equal(hex_of(c), 0x4682B4);
	assert_true(color_parse("SteelBlue", &c));
	assert_int_equal(hex_of(c), 0x4682B4);
	assert_true(color_parse("steel blue", &c));
	assert_int_equal(hex_of(c), 0x4682B4);
	/* the first and the last of the table, so the search reaches both ends */
	assert_true(color_parse("aliceblue", &c));
	assert_int_equal(hex_of(c), 0xF0F8FF);
	assert_true(color_parse("yellowgreen", &c));
	assert_int_equal(hex_of(c), 0x9ACD32);
	assert_true(color_parse("rebeccapurple", &c));
	assert_int_equal(hex_of(c), 0x663399);
	/* CSS values where X11 differs: gray #808080, not #BEBEBE */
	assert_true(color_parse("gray", &c));
	assert_int_equal(hex_of(c), 0x808080);
	assert_true(color_parse("green", &c));
	assert_int_equal(hex_of(c), 0x008000);
	/* not CSS names: X11 extras, none, partial names */
	Color before = color_rgb(0x123456);
	c = before;
	assert_false(color_parse("grey50", &c));
	assert_false(color_parse("transparent", &c));
	assert_false(color_parse("steel", &c));
	assert_false(color_parse("   ", &c));
	assert_false(color_parse("réd", &c));
	assert_int_equal(hex_of(c), hex_of(before));
}

/* The names and values agree with pango's (which follows CSS since 1.44),
 * so a typo in the table shows here. */
static void names_agree_with_pango(void **state)
{
	(void)state;
	static const char *const names[] = {
		"aqua", "cornflowerblue", "darkslategrey", "firebrick", "gainsboro",
		"lightgoldenrodyellow", "maroon", "mediumspringgreen", "navajowhite",
		"olive", "papayawhip", "purple", "silver", "teal", "whitesmoke",
	};
	for (size_t i = 0; i < G_N_ELEMENTS(names); i++) {
		Color c;
		PangoColor p;
		assert_true(color_parse(names[i], &c));
		assert_true(pango_color_parse(&p, names[i]));
		assert_int_equal(hex_of(c), (unsigned)((p.red >> 8) << 16 | (p.green >> 8) << 8 |
		                                       (p.blue >> 8)));
	}
}

static void expected_names_the_forms_or_the_near_name(void **state)
{
	(void)state;
	char *s = color_expected("stelblue");
	assert_string_equal(s, "no such colour name; did you mean steelblue?");
	g_free(s);
	s = color_expected("Dark Orang");
	assert_string_equal(s, "no such colour name; did you mean darkorange?");
	g_free(s);
	s = color_expected("#12");
	assert_non_null(strstr(s, "expected #rgb, #rrggbb or a CSS colour name"));
	g_free(s);
	s = color_expected("partyblue");
	assert_non_null(strstr(s, "expected #rgb, #rrggbb or a CSS colour name"));
	g_free(s);
}

static void palette_neighbours_differ_and_wrap(void **state)
{
	(void)state;
	int n = color_palette_size();
	assert_true(n >= 2);
	for (int i = 0; i < n; i++) {
		Color a = color_palette(i), b = color_palette(i + 1);
		assert_true(a.r != b.r || a.g != b.g || a.b != b.b);
		assert_true(a.a == 1.0);
	}
	/* any index is a colour: it wraps around, negative ones too */
	Color first = color_palette(0), again = color_palette(n), before = color_palette(-1),
	      last = color_palette(n - 1);
	assert_true(first.r == again.r && first.g == again.g && first.b == again.b);
	assert_true(before.r == last.r && before.g == last.g && before.b == last.b);
}

static void luminance_and_tint(void **state)
{
	(void)state;
	assert_float_equal(color_luminance(color_rgb(0x000000)), 0, 1e-9);
	assert_float_equal(color_luminance(color_rgb(0xffffff)), 1, 1e-9);
	/* green weighs most, blue least (sRGB relative luminance) */
	assert_true(color_luminance(color_rgb(0x00ff00)) > color_luminance(color_rgb(0xff0000)));
	assert_true(color_luminance(color_rgb(0xff0000)) > color_luminance(color_rgb(0x0000ff)));
	Color c = color_rgb(0x204060);
	Color none = color_tint(c, 0), white = color_tint(c, 1), half = color_tint(c, 0.5);
	assert_float_equal(none.g, c.g, 1e-12);
	assert_float_equal(white.r, 1, 1e-12);
	assert_float_equal(white.b, 1, 1e-12);
	assert_float_equal(half.r, (c.r + 1) / 2, 1e-12);
	assert_true(half.a == c.a);
}

static int run_color_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(parses_short_and_long_hex),
		cmocka_unit_test(refuses_malformed),
		cmocka_unit_test(parses_css_names),
		cmocka_unit_test(names_agree_with_pango),
		cmocka_unit_test(expected_names_the_forms_or_the_near_name),
		cmocka_unit_test(palette_neighbours_differ_and_wrap),
		cmocka_unit_test(luminance_and_tint),
		cmocka_unit_test(contrast_and_text_on),
	};
	return cmocka_run_group_tests_name("color", tests, NULL, NULL);
}

UNIT_GROUP(run_color_tests)
