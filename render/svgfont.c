/* svgfont: font subsets and glyph outlines for the SVG writer; see svgfont.h.
 * harfbuzz does both: hb-subset cuts a face down to the characters a figure
 * writes (kerning and ligature tables kept, hinting dropped: browsers draw
 * SVG text unhinted), and hb_font_get_glyph_shape gives a glyph's outline. */
#include "svgfont.h"
#include "diag.h"
#include "svgxml.h"

#include <hb-subset.h>
#include <hb.h>
#include <pango/pangofc-font.h>
#include <string.h>

typedef struct SvgFace {
	char *family;          /* owned */
	int weight;
	gboolean italic;
	hb_face_t *face;       /* referenced */
	hb_font_t *font;       /* owned; in the face's own units */
	hb_set_t *chars;       /* code points written as live text; owned */
	hb_set_t *glyphs;      /* glyphs drawn as outlines; owned */
	GHashTable *paths;     /* glyph -> its path data, "" for none; owned */
} SvgFace;

struct SvgFonts {
	GPtrArray *faces;      /* of SvgFace, in order of first use; owned */
	hb_draw_funcs_t *draw; /* owned: outlines into an Outline */
};

static void face_free(gpointer p)
{
	SvgFace *fc = p;
	g_free(fc->family);
	hb_font_destroy(fc->font);
	hb_face_destroy(fc->face);
	hb_set_destroy(fc->chars);
	hb_set_destroy(fc->glyphs);
	g_hash_table_destroy(fc->paths);
	g_free(fc);
}


static SvgFace *face_at(const SvgFonts *f, int face)
{
	return g_ptr_array_index(f->faces, (guint)face);
}

/* Faces are told apart as CSS tells them: family, weight and style. */
int svgfont_face(SvgFonts *f, PangoFont *font)
{
	PangoFontDescription *fd = pango_font_describe(font);
	const char *family = pango_font_description_get_family(fd);
	int weight = pango_font_description_get_weight(fd) >= PANGO_WEIGHT_SEMIBOLD ? 700 : 400;
	gboolean italic = pango_font_description_get_style(fd) != PANGO_STYLE_NORMAL;
	int found = -1;
	for (guint i = 0; i < f->faces->len && found < 0; i++) {
		const SvgFace *fc = face_at(f, (int)i);
		if (fc->weight == weight && fc->italic == italic && !strcmp(fc->family, family))
			found = (int)i;
	}
	if (found < 0) {
		SvgFace *fc = g_new0(SvgFace, 1);
		fc->family = g_strdup(family ? family : "");
		fc->weight = weight;
		fc->italic = italic;
		fc->face = hb_face_reference(hb_font_get_face(pango_font_get_hb_font(font)));
		fc->font = hb_font_create(fc->face);
		fc->chars = hb_set_create();
		fc->glyphs = hb_set_create();
		fc->paths = g_hash_table_new_full(NULL, NULL, NULL, g_free);
		g_ptr_array_add(f->faces, fc);
		found = (int)f->faces->len - 1;
	}
	pango_font_description_free(fd);
	return found;
}

void svgfont_describe(const SvgFonts *f, int face, const char **family, int *weight,
                      gboolean *italic)
{
	const SvgFace *fc = face_at(f, face);
	*family = fc->family;
	*weight = fc->weight;
	*italic = fc->italic;
}

void svgfont_use_char(SvgFonts *f, int face, gunichar c)
{
	hb_set_add(face_at(f, face)->chars, c);
}

/* Path data in SVGFONT_EM units; the draw callbacks append to it. */
typedef struct Outline {
	GString *d;
	double scale;          /* font units to SVGFONT_EM units */
} Outline;

static void point(Outline *o, char op, int n, const float *xy)
{
	g_string_append_c(o->d, op);
	for (int i = 0; i < 2 * n; i++) {
		if (i)
			g_string_append_c(o->d, ' ');
		svgxml_num(o->d, xy[i] * o->scale, 1);
	}
}

static void move_to(hb_draw_funcs_t *df, void *data, hb_draw_state_t *st, float x,
                    float y, void *user)
{
	(void)df, (void)st, (void)user;
	point(data, 'M', 1, (float[]){x, y});
}

static void line_to(hb_draw_funcs_t *df, void *data, hb_draw_state_t *st, float x,
                    float y, void *user)
{
	(void)df, (void)st, (void)user;
	point(data, 'L', 1, (float[]){x, y});
}

static void quad_to(hb_draw_funcs_t *df, void *data, hb_draw_state_t *st, float cx,
                    float cy, float x, float y, void *user)
{
	(void)df, (void)st, (void)user;
	point(data, 'Q', 2, (float[]){cx, cy, x, y});
}

static void cubic_to(hb_draw_funcs_t *df, void *data, hb_draw_state_t *st, float c1x,
                     float c1y, float c2x, float c2y, float x, float y, void *user)
{
	(void)df, (void)st, (void)user;
	point(data, 'C', 3, (float[]){c1x, c1y, c2x, c2y, x, y});
}

static void close_path(hb_draw_funcs_t *df, void *data, hb_draw_state_t *st, void *user)
{
	(void)df, (void)st, (void)user;
	g_string_append_c(((Outline *)data)->d, 'Z');
}

static hb_draw_funcs_t *draw_funcs(void)
{
	hb_draw_funcs_t *df = hb_draw_funcs_create();
	hb_draw_funcs_set_move_to_func(df, move_to, NULL, NULL);
	hb_draw_funcs_set_line_to_func(df, line_to, NULL, NULL);
	hb_draw_funcs_set_quadratic_to_func(df, quad_to, NULL, NULL);
	hb_draw_funcs_set_cubic_to_func(df, cubic_to, NULL, NULL);
	hb_draw_funcs_set_close_path_func(df, close_path, NULL, NULL);
	hb_draw_funcs_make_immutable(df);
	return df;
}

SvgFonts *svgfont_new(void)
{
	SvgFonts *f = g_new0(SvgFonts, 1);
	f->faces = g_ptr_array_new_with_free_func(face_free);
	f->draw = draw_funcs();
	return f;
}

void svgfont_free(SvgFonts *f)
{
	if (!f)
		return;
	g_ptr_array_free(f->faces, TRUE);
	hb_draw_funcs_destroy(f->draw);
	g_free(f);
}

/* The outline of glyph as path data, "" for none. Caller frees. */
static char *outline(SvgFonts *f, SvgFace *fc, guint glyph)
{
	Outline o = {g_string_new(NULL), SVGFONT_EM / hb_face_get_upem(fc->face)};
	hb_font_get_glyph_shape(fc->font, glyph, f->draw, &o);
	return g_string_free(o.d, FALSE);
}

gboolean svgfont_use_glyph(SvgFonts *f, int face, guint glyph)
{
	SvgFace *fc = face_at(f, face);
	const char *d = g_hash_table_lookup(fc->paths, GUINT_TO_POINTER(glyph));
	if (!d) {
		hb_set_add(fc->glyphs, glyph);
		d = outline(f, fc, glyph);
		g_hash_table_insert(fc->paths, GUINT_TO_POINTER(glyph), (char *)d);
	}
	return *d != 0;
}

/* In glyph order, face by face, so the file never depends on hash order. */
void svgfont_write_glyphs(SvgFonts *f, GString *out)
{
	for (guint i = 0; i < f->faces->len; i++) {
		SvgFace *fc = face_at(f, (int)i);
		hb_codepoint_t g = HB_SET_VALUE_INVALID;
		while (hb_set_next(fc->glyphs, &g)) {
			const char *d = g_hash_table_lookup(fc->paths, GUINT_TO_POINTER(g));
			if (*d)
				g_string_append_printf(out, "<path id=\"glyph-%u-%u\" d=\"%s\"/>\n",
				                       i, g, d);
		}
	}
}

/* face cut down to chars as TrueType data in base64; NULL if harfbuzz
 * fails. Caller frees. */
static char *subset_base64(hb_face_t *face, hb_set_t *chars)
{
	hb_subset_input_t *in = hb_subset_input_create_or_fail();
	if (!in)
		return NULL;
	hb_set_union(hb_subset_input_unicode_set(in), chars);
	hb_subset_input_set_flags(in, HB_SUBSET_FLAGS_NO_HINTING);
	hb_face_t *sub = hb_subset_or_fail(face, in);
	hb_subset_input_destroy(in);
	if (!sub)
		return NULL;
	hb_blob_t *blob = hb_face_reference_blob(sub);
	unsigned len = 0;
	const char *data = hb_blob_get_data(blob, &len);
	char *b64 = len ? g_base64_encode((const guchar *)data, len) : NULL;
	hb_blob_destroy(blob);
	hb_face_destroy(sub);
	return b64;
}

gboolean svgfont_write_faces(SvgFonts *f, GString *out, GError **err)
{
	gboolean any = FALSE;
	for (guint i = 0; i < f->faces->len; i++) {
		SvgFace *fc = face_at(f, (int)i);
		if (hb_set_is_empty(fc->chars))
			continue;
		char *b64 = subset_base64(fc->face, fc->chars);
		if (!b64)
			return diag_fail(err, DIAG_IO, "could not embed the font %s %d%s in "
			                 "the SVG (harfbuzz failed to subset it)", fc->family,
			                 fc->weight, fc->italic ? " italic" : "");
		if (!any)
			g_string_append(out, "<style>\n");
		any = TRUE;
		g_string_append(out, "@font-face { font-family: \"");
		svgxml_text(out, fc->family, -1);
		g_string_append_printf(out, "\"; font-weight: %d; font-style: %s;\n  src: "
		                       "url(data:font/ttf;base64,%s) format(\"truetype\"); }\n",
		                       fc->weight, fc->italic ? "italic" : "normal", b64);
		g_free(b64);
	}
	if (any)
		g_string_append(out, "</style>\n");
	return TRUE;
}
