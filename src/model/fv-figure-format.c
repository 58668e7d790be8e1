/* fv-figure-format.c — a figure's value as exact as its source gives it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "at least $626 million": the qualifier goes with the value wherever it
 * is written (a list, a bar, a table, the fact sheet), so that no view
 * can drop it; fv-format.c writes the number.
 */
#include "config.h"

#include "fv-format.h"
#include "fv-i18n.h"

/* "more than $626 million", "about 80%": a figure's value as exact as
 * the source gives it, wherever it is shown. */
char *
fv_format_figure_value (const FvFigure *figure)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (figure != NULL, NULL);

  value = fv_format_number (figure->value, figure->unit, figure->currency);
  switch (figure->qualifier)
    {
    case FV_QUALIFIER_AT_LEAST:
      /* translators: a value the source gives as a floor: "at least $626 million" */
      return g_strdup_printf (FV_TR_C_("figure", "at least %s"), value);
    case FV_QUALIFIER_ABOUT:
      /* translators: a value the source gives as an estimate: "about 80%" */
      return g_strdup_printf (FV_TR_C_("figure", "about %s"), value);
    case FV_QUALIFIER_AT_MOST:
      /* translators: a value the source gives as a ceiling: "at most 40%" */
      return g_strdup_printf (FV_TR_C_("figure", "at most %s"), value);
    case FV_QUALIFIER_UP_TO:
      /* translators: a value the source gives as a limit that may be
       * reached: "up to $1 billion" */
      return g_strdup_printf (FV_TR_C_("figure", "up to %s"), value);
    case FV_QUALIFIER_NONE:
    default:
      return g_steal_pointer (&value);
    }
}

/**
 * fv_figure_qualifier_name:
 *
 * Returns: (nullable): the qualifier of @figure as the model writes it
 *   ("at_least"), for data that leaves the program; NULL for an exact value
 */
const char *
fv_figure_qualifier_name (const FvFigure *figure)
{
  static const char *names[] = { NULL, "at_least", "about", "at_most", "up_to" };

  g_return_val_if_fail (figure != NULL, NULL);

  return figure->qualifier < G_N_ELEMENTS (names) ? names[figure->qualifier] : NULL;
}
