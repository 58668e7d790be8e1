/* fv-currency.h — the currency codes a figure may be in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean fv_currency_is_known (const char *code);

G_END_DECLS
