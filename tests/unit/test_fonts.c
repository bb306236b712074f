/* test_fonts: the bundled-font measurer: its glyph check agrees with pango on
 * every code point, and its size cache tells every style field apart. */
#include "units.h"
#include "fonts.h"

#include <string.h>

static Fonts *open_bundled(void)
{
	GError *err = NULL;
	Fonts *f = fonts_open(NULL, &err);   /* fonts/ beside build/ */
	if (!f)
		fail_msg("fonts_open: %s", err->message);
	return f;
}

static PangoFont *load_face(Fonts *f, gboolean bold)
{
	TextStyle st = {.size = 10, .bold = bold};
	PangoLayout *layout = fonts_layout(f, "x", &st);
	PangoFontDescription *fd = pango_font_description_from_string(FONTS_FAMILY);
	pango_font_description_set_weight(fd, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
	pango_font_description_set_size(fd, 10 * PANGO_SCALE);
	PangoFont *font = pango_context_load_font(pango_layout_get_context(layout), fd);
	pango_font_description_free(fd);
	g_object_unref(layout);
	return font;
}

/* The range table must answer exactly as pango_font_has_char on both faces
 * did: on every code point of planes 0 to 2 (the BMP bitmap and the range
 * search above it) and on a sample of the planes above. */
static void glyph_check_matches_pango(void **state)
{
	(void)state;
	Fonts *f = open_bundled();
	TextMeasurer *tm = fonts_measurer(f);
	PangoFont *regular = load_face(f, FALSE), *bold = load_face(f, TRUE);
	int drawn = 0;
	for (gunichar c = 1; c <= 0x10FFFF; c += c < 0x30000 ? 1 : 257) {
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		char s[8] = {0};
		g_unichar_to_utf8(c, s);
		gboolean skipped = c < 0x20 || c == 0x200b || c == 0x200c ||
		                   c == 0x200d || c == 0xad;
		gboolean has = skipped || (pango_font_has_char(regular, c) &&
		                           pango_font_has_char(bold, c));
		gunichar got = tm->missing_glyph(tm, s);
		if (got != (has ? 0 : c))
			fail_msg("U+%04X: missing_glyph %04X, pango has %d", c, got, has);
		drawn += has && !skipped;
	}
	assert_true(drawn > 2000);   /* Latin, Greek, Cyrillic at least */
	/* The first missing character of a longer text, after drawable ones. */
	assert_int_equal(tm->missing_glyph(tm, "Қазақ 漢 ✓"), 0x6F22);
	assert_int_equal(tm->missing_glyph(tm, "plain\u00adsoft\u200bbreaks"), 0);
	g_object_unref(regular);
	g_object_unref(bold);
	fonts_close(f);
}

/* Each style field is part of the cache key: a size measured in one style
 * is never handed back for another. */
static void size_cache_tells_styles_apart(void **state)
{
	(void)state;
	const char *text = "Party announced at a press conference in Almaty";
	TextStyle styles[] = {
		{.size = 7.5}, {.size = 7.5, .bold = TRUE}, {.size = 7.5, .italic = TRUE},
		{.size = 8}, {.size = 7.5, .wrap = 60}, {.size = 7.5, .wrap = 60, .align = TEXT_CENTER},
	};
	enum { N = G_N_ELEMENTS(styles) };
	TextSize fresh[N];
	for (int i = 0; i < N; i++) {   /* one new measurer per style: no cache */
		Fonts *f = open_bundled();
		fresh[i] = text_measure(fonts_measurer(f), text, &styles[i]);
		fonts_close(f);
	}
	Fonts *f = open_bundled();
	TextMeasurer *tm = fonts_measurer(f);
	for (int round = 0; round < 2; round++) {
		for (int i = 0; i < N; i++) {
			TextSize got = text_measure(tm, text, &styles[i]);
			assert_true(got.w == fresh[i].w && got.h == fresh[i].h);
			assert_true(got.baseline == fresh[i].baseline);
			assert_int_equal(got.lines, fresh[i].lines);
		}
	}
	/* The styles do measure differently, so the test can fail. */
	assert_true(fresh[1].w > fresh[0].w && fresh[3].w > fresh[0].w);
	assert_true(fresh[2].w != fresh[0].w && fresh[4].lines > 1);
	/* A copy of the text, not the caller's pointer, is kept. */
	char *copy = g_strdup(text);
	TextSize a = text_measure(tm, copy, &styles[0]);
	memset(copy, 'W', strlen(copy));
	TextSize b = text_measure(tm, text, &styles[0]);
	assert_true(a.w == b.w);
	g_free(copy);
	fonts_close(f);
}

static int run_fonts_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(glyph_check_matches_pango),
		cmocka_unit_test(size_cache_tells_styles_apart),
	};
	return cmocka_run_group_tests_name("fonts", tests, NULL, NULL);
}

UNIT_GROUP(run_fonts_tests)
