/* seatlabplace: one round of placing party labels: every side's labels
 * spread together, their boxes and leaders checked against each other and
 * against what the page holds. */
#ifndef RENDER_SEATLABPLACE_H
#define RENDER_SEATLABPLACE_H

#include "seatlabside.h"

/* One round over L's labels at their current tries: sets each label's
 * place (x, y) and leader, and `bad` where something clashes. */
void seatlabplace_all(Labeller *L);

#endif
