/* labeltext: the words of a timeline label as they are drawn: where a line may
 * not break (ties), note numbers as superscripts, and the dates of events. */
#ifndef RENDER_LABELTEXT_H
#define RENDER_LABELTEXT_H

#include <glib.h>
#include "events.h"
#include "lang.h"

/* The label as drawn: a word joiner (U+2060) after a space forbids a break
 * there, and the space stays, so the text keeps its own characters. Tied
 * are the last two words of a label of four or more when short together
 * ("number 17"), a number with the word after it ("1000 signatures"), and
 * the words of a short quoted name («Нур Отан»). note > 0 is appended as a
 * superscript held to the last word; 0 for none. Caller frees. */
char *labeltext_label(const char *label, int note);

/* Appends n >= 0 in superscript digits: 12 -> "¹²". */
void labeltext_superscript(GString *s, int n);

/* The event's date as the language writes it: the range of a span, else
 * its date at its own precision. Caller frees. */
char *labeltext_date(Lang lang, const Event *e);

/* A heading (a figure's title or subtitle) tied as a label is: its last
 * two words kept together when short ("February 2020"), a number with the
 * word after it. Caller frees; text stays the caller's. */
char *labeltext_heading(const char *text);
/* text with every space no-break and a word joiner after each en dash, so
 * a date stays on one line. Caller frees; text stays the caller's. */
char *labeltext_nobreak(const char *text);
/* The same with word joiners only: every space and en dash is followed by
 * one, so the text keeps its own characters (a scene shows it as typed) and
 * still never breaks. Caller frees. */
char *labeltext_tied(const char *text);

#endif
