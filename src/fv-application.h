/* fv-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FV_TYPE_APPLICATION (fv_application_get_type ())

G_DECLARE_FINAL_TYPE (FvApplication, fv_application, FV, APPLICATION, GtkApplication)

FvApplication *fv_application_new (void);

G_END_DECLS
