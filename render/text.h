/* text: the one small interface through which layout measures text, so layout
 * code never sees cairo or pango; fonts.c implements it with pango. */
#ifndef RENDER_TEXT_H
#define RENDER_TEXT_H

#include <glib.h>

typedef enum { TEXT_LEFT, TEXT_CENTER, TEXT_RIGHT } TextAlign;

typedef struct TextStyle {
	double size;      /* font size in points */
	gboolean bold;
	gboolean italic;
	double wrap;      /* wrap lines at this width in points; 0: one line per \n */
	TextAlign align;  /* of the lines within the box */
} TextStyle;

typedef struct TextSize {
	double w, h;      /* logical box in points */
	double baseline;  /* first baseline below the top of the box */
	int lines;
} TextSize;

typedef struct TextMeasurer TextMeasurer;
struct TextMeasurer {
	TextSize (*measure)(TextMeasurer *m, const char *text, const TextStyle *style);
	/* The first character the bundled fonts cannot draw, or 0 if none. */
	gunichar (*missing_glyph)(TextMeasurer *m, const char *text);
	/* The text of each line as style breaks it, without the spaces at a
	 * break; NULL-terminated, caller frees with g_strfreev. */
	char **(*lines)(TextMeasurer *m, const char *text, const TextStyle *style);
};

static inline TextSize text_measure(TextMeasurer *m, const char *text,
                                    const TextStyle *style)
{
	return m->measure(m, text, style);
}

static inline char **text_lines(TextMeasurer *m, const char *text,
                                const TextStyle *style)
{
	return m->lines(m, text, style);
}

#endif
