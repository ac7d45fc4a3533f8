import type { ExtensionPageMessages } from './en';

/** Spanish (es): the extension's own pages. */
const es: ExtensionPageMessages = {
  // Popup
  'locale.name': 'Español',
  'popup.notStarted': 'Aún no has empezado. La guía aparece sola en las páginas de AliExpress.',
  'popup.off': 'La guía está apagada: no verás el panel en las páginas de AliExpress.',
  'popup.start': 'Empezar',
  'popup.resume': 'Continuar',
  'popup.restart': 'Volver a empezar',
  'popup.openNext': 'Abrir la página siguiente',
  'popup.goal': '¿Qué quieres hacer?',
  'popup.recommended': 'Recomendado',
  'popup.goalDifference': 'Eliminar borra tu cuenta y tus datos para siempre; desactivar solo oculta la cuenta, que vuelve en cuanto inicias sesión de nuevo.',
  'popup.language': 'Idioma',
  'popup.browserLanguage': 'Idioma del navegador',
  'popup.privacy': 'Privacidad: qué guarda Exit Guide',

  // First-run page
  'welcome.title': 'Exit Guide está listo',
  'welcome.intro': 'Te acompaña paso a paso, en tu idioma, hasta cerrar tu cuenta de AliExpress.',
  'welcome.doesTitle': 'Qué hace',
  'welcome.does.panel': 'En las páginas de AliExpress, un panel junto a la página te dice con palabras sencillas qué hacer a continuación.',
  'welcome.does.ring': 'Un círculo marca exactamente el botón, el enlace o la casilla que debes usar.',
  'welcome.does.follow': 'Sabe qué página tienes abierta, así que no pierdes el hilo aunque recargues, vuelvas atrás o abras otra pestaña.',
  'welcome.neverTitle': 'Qué no hace nunca',
  'welcome.never.press': 'No pulsa nada por ti: cada botón lo pulsas tú.',
  'welcome.never.send': 'No envía nada a ningún sitio: ni servidor, ni cuenta, ni seguimiento.',
  'welcome.never.store': 'No guarda nada de lo que escribes: ni tu correo, ni tu contraseña, ni el código, ni las palabras de confirmación.',
  'welcome.checklistTitle': 'Antes de eliminar',
  'welcome.checklistIntro': 'La eliminación no se puede deshacer. Revisa antes cada punto:',
  'welcome.check.orders': 'Pedidos abiertos: espera a que lleguen o cancélalos. AliExpress no elimina una cuenta mientras haya un pedido abierto.',
  'welcome.check.disputes': 'Disputas: cierra cualquier disputa que tengas con un vendedor.',
  'welcome.check.refunds': 'Reembolsos: espera a recibir todos los reembolsos; uno que aún te deban podría perderse.',
  'welcome.check.coins': 'Monedas y cupones: úsalos antes, porque se pierden con la cuenta.',
  'welcome.check.history': 'Historial de pedidos: guarda lo que aún necesites (facturas, garantías, números de seguimiento), porque desaparece con la cuenta.',
  'welcome.start': 'Abrir AliExpress',
  'welcome.startHint': 'La guía aparece sola en las páginas de AliExpress. Para elegir entre eliminar y desactivar, o para cambiar el idioma, pulsa el botón de Exit Guide en la barra de herramientas del navegador.',
  'welcome.privacyTitle': 'Privacidad',
  'welcome.privacy.kept': 'Exit Guide solo guarda tu objetivo, tu idioma y el paso al que llegaste y cuándo, en el almacenamiento propio de tu navegador.',
  'welcome.privacy.read': 'Lee las páginas de AliExpress solo para encontrar el siguiente control y comprobar la palabra que escribes. No guarda ni envía nada de lo que lee.',
  'welcome.privacy.clear': 'Al terminar, el panel te ofrece borrar lo que guardó. Si quitas Exit Guide, también se borra.',
  'welcome.privacy.permissions': 'Pide un único permiso, el de almacenamiento, y solo funciona en los sitios de AliExpress.',
};

export default es;
