import type { LabelTable } from '@/engine/types';

/**
 * Spanish (es.aliexpress.com). No source shows a Spanish label: every value is a translation
 * of en.ts, to be confirmed against live pages. The typed words list the English ones first,
 * as the real site asks for them.
 */
export default {
  signIn: ['Iniciar sesión', 'Identifícate', 'Entrar'],
  signOut: ['Cerrar sesión', 'Salir'],
  continue: ['Continuar', 'Siguiente'],
  loginId: ['Correo electrónico', 'Correo electrónico o número de teléfono', 'número de teléfono', 'ID de miembro', 'cuenta'],
  wrongPassword: ['nombre de cuenta o contraseña es incorrecto', 'contraseña es incorrecta', 'contraseña incorrecta'],
  myAliExpress: ['Mi AliExpress', 'Mi cuenta'],
  accountMenu: ['Cuenta', 'Mi cuenta'],
  accountSettings: ['Configuración de la cuenta', 'Ajustes de la cuenta', 'Configuración', 'Ajustes'],
  editMemberProfile: ['Editar perfil de miembro', 'Editar perfil', 'Mi información personal'],
  deactivateAccount: ['Desactivar cuenta', 'Eliminar mi cuenta', 'Eliminar cuenta', 'Cerrar cuenta'],
  memberIdOrEmail: ['ID de miembro', 'correo electrónico', 'dirección de correo electrónico'],
  deactivateWords: ['Deactivate my account', 'Desactivar mi cuenta'],
  deactivateMyAccount: ['Desactivar mi cuenta', 'Desactivar', 'Confirmar'],
  wrongWords: ['escriba las palabras exactamente', 'palabras que ha introducido', 'palabras no coinciden'],
  reasonRequired: ['elija un motivo', 'seleccione un motivo', 'selecciona un motivo'],
  accountDeactivated: ['ha sido desactivada', 'se ha desactivado', 'cuenta está desactivada'],
  deleteMyAccount: ['Eliminar mi cuenta', 'Borrar mi cuenta'],
  agreeWord: ['agree', 'acepto'],
  confirmWord: ['acepto', 'eliminar'],
  deleteButton: ['Eliminar', 'Eliminar ahora', 'Borrar'],
  getCode: ['Obtener código', 'Enviar código', 'Obtener código de verificación', 'Enviar código de verificación'],
  codeWord: ['código', 'código de verificación'],
  verify: ['Verificar', 'Enviar'],
  wrongCode: ['código es incorrecto', 'código ha caducado', 'código no válido', 'código incorrecto'],
  permanentDelete: ['permanentemente', 'de forma permanente', 'eliminar mis datos'],
  deleteAccount: ['Eliminar cuenta', 'Eliminar la cuenta', 'Eliminar cuenta permanentemente'],
  deleteRequested: ['solicitud ha sido enviada', 'se eliminará en un plazo de', 'cuenta ha sido eliminada'],
  unusualTraffic: ['tráfico inusual', 'desliza para verificar'],
  openOrders: ['no se puede eliminar', 'pedidos, disputas', 'pedidos en curso', 'pedidos sin completar', 'complétalos primero'],
  accountTerminated: ['cuenta ha sido cancelada', 'cuenta ha sido suspendida', 'temporalmente no disponible'],
} satisfies LabelTable;
