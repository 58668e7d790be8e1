/* fv-date.h — dates as precise as the model knows them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-model-types.h"

G_BEGIN_DECLS

int      fv_date_compare   (const FvDate *a,
                            const FvDate *b);
gboolean fv_date_parse_iso (const char   *str,
                            FvDate       *date);
gint32   fv_day_number     (int           year,
                            int           month,
                            int           day);
gint32   fv_date_first_day (const FvDate *date);
gint32   fv_date_day_after (const FvDate *date);

G_END_DECLS
