/* tlframe: a timeline's heading, legend and notes; see tlframe.h. */
#include "tlframe.h"
#include "labeltext.h"
#include "page.h"

/* One swatch and name per group, flowing in lines; groups beyond the
 * palette share one "other groups (N)" entry at the end. */
static double legend(TlLayout *L, Page *pg, double y)
{
	guint ng = L->ev->groups->len;
	TextStyle st = page_style(7, FALSE, FALSE, L->hi - L->lo - 10, TEXT_LEFT);
	double x = L->lo, line_h = 0;
	char *other = lang_phrase(L->opts->lang, LANG_P_OTHER_GROUPS, L->colors.others, 0);
	for (guint g = 0; g <= ng; g++) {
		if (g < ng && tlcolor_is_other(&L->colors, (int)g))
			continue;
		if (g == ng && L->colors.others == 0)
			break;
		const char *name = g < ng ? g_ptr_array_index(L->ev->groups, g) : other;
		TextSize sz = text_measure(L->tm, name, &st);
		if (x > L->lo && x + 10 + sz.w > L->hi) {
			x = L->lo;
			y += line_h + 2;
			line_h = 0;
		}
		Color key = g < ng ? tlcolor_of(&L->colors, (int)g) : color_rgb(TLCOLOR_OTHER);
		scene_circle(L->scene, "legend-key", x + 3.5, y + MIN(sz.h, 10) / 2, 3, key,
		             COLOR_NONE, 0);
		page_text(pg, "legend", name, st, x + 10, y, color_rgb(PAGE_INK));
		x += 10 + sz.w + 12;
		line_h = MAX(line_h, sz.h);
	}
	g_free(other);
	return y + line_h + 2;
}

double tlframe_heading(TlLayout *L, double y)
{
	Page pg;
	page_init(&pg, L->scene, L->tm, L->opts);
	y = page_heading(&pg, y);
	if (L->ev->groups->len > 0)
		y = legend(L, &pg, y + 3);
	page_clear(&pg);
	return y + 4;
}

/* A paragraph of the footer and the space under it. */
static double paragraph(Page *pg, double y, const char *role, const char *text,
                        TextStyle st, unsigned rgb)
{
	return page_paragraph(pg, y, role, text, st, color_rgb(rgb)) + 2;
}

/* "Sources: ¹ Wikipedia; ² RFE/RL." */
static char *sources_text(const TlLayout *L)
{
	GString *s = g_string_new(lang_word(L->opts->lang, LANG_W_SOURCES, 2));
	g_string_append_c(s, ' ');
	for (guint i = 0; i < L->notes->len; i++) {
		if (i > 0)
			g_string_append(s, "; ");
		labeltext_superscript(s, (int)i + 1);
		g_string_append(s, "\u202f");
		g_string_append(s, g_ptr_array_index(L->notes, i));
	}
	g_string_append_c(s, '.');
	return g_string_free(s, FALSE);
}

double tlframe_footer(TlLayout *L, double y)
{
	TextStyle note = page_style(PAGE_NOTE_SIZE, FALSE, FALSE, 0, TEXT_LEFT);
	Page pg;
	page_init(&pg, L->scene, L->tm, L->opts);
	if (L->keys->len > 0) {
		y += 2;
		for (guint i = 0; i < L->keys->len; i++)
			y = paragraph(&pg, y, "key", g_ptr_array_index(L->keys, i), note, PAGE_INK) - 1;
		y += 2;
	}
	if (L->hidden > 0) {
		int total = (int)L->ev->items->len;
		LangPhrase p = L->set->vertical ? LANG_P_NOT_LABELLED
		                                : LANG_P_NOT_LABELLED_TRY_VERTICAL;
		char *t = lang_phrase(L->opts->lang, p, L->hidden, total);
		y = paragraph(&pg, y, "note", t,
		              page_style(PAGE_NOTE_SIZE, FALSE, TRUE, 0, TEXT_LEFT), PAGE_INK);
		g_free(t);
	}
	if (L->notes->len > 0) {
		char *s = sources_text(L);
		y = paragraph(&pg, y + 1, "note", s, note, PAGE_MUTED);
		g_free(s);
	}
	if (L->opts->caption && *L->opts->caption)
		y = paragraph(&pg, y + 1, "caption", L->opts->caption,
		              page_style(7, FALSE, TRUE, 0, TEXT_LEFT), PAGE_MUTED);
	page_clear(&pg);
	return y;
}
