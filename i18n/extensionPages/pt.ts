import type { ExtensionPageMessages } from './en';

/** Portuguese (pt): the extension's own pages. */
const pt: ExtensionPageMessages = {
  // Popup
  'locale.name': 'Português',
  'popup.notStarted': 'Ainda não começou. O guia aparece sozinho nas páginas do AliExpress.',
  'popup.off': 'O guia está desligado: as páginas do AliExpress não mostram o painel.',
  'popup.start': 'Começar',
  'popup.resume': 'Continuar',
  'popup.restart': 'Recomeçar',
  'popup.openNext': 'Abrir a próxima página',
  'popup.goal': 'O que você quer fazer?',
  'popup.recommended': 'Recomendado',
  'popup.goalDifference': 'Excluir apaga sua conta e seus dados para sempre; desativar só oculta a conta, que volta assim que você entrar de novo.',
  'popup.language': 'Idioma',
  'popup.browserLanguage': 'Idioma do navegador',
  'popup.privacy': 'Privacidade: o que o Exit Guide guarda',

  // First-run page
  'welcome.title': 'O Exit Guide está pronto',
  'welcome.intro': 'Ele guia você etapa por etapa, no seu idioma, até encerrar sua conta do AliExpress.',
  'welcome.doesTitle': 'O que ele faz',
  'welcome.does.panel': 'Nas páginas do AliExpress, um painel ao lado da página diz em palavras simples o que fazer em seguida.',
  'welcome.does.ring': 'Um círculo destaca exatamente o botão, o link ou o campo que você deve usar.',
  'welcome.does.follow': 'Ele sabe qual página está aberta, então você não perde o ponto onde parou, mesmo recarregando, voltando ou abrindo outra aba.',
  'welcome.neverTitle': 'O que ele nunca faz',
  'welcome.never.press': 'Não clica em nada por você: quem clica em cada botão é você.',
  'welcome.never.send': 'Não envia nada para lugar nenhum: sem servidor, sem conta, sem rastreamento.',
  'welcome.never.store': 'Não guarda nada do que você digita: nem e-mail, nem senha, nem código, nem as palavras de confirmação.',
  'welcome.checklistTitle': 'Antes de excluir',
  'welcome.checklistIntro': 'A exclusão não pode ser desfeita. Confira cada item antes:',
  'welcome.check.orders': 'Pedidos em aberto: espere chegarem ou cancele. O AliExpress não exclui uma conta com pedido em aberto.',
  'welcome.check.disputes': 'Disputas: encerre qualquer disputa que você tenha com um vendedor.',
  'welcome.check.refunds': 'Reembolsos: espere receber todos os reembolsos; um reembolso que ainda falta receber pode ser perdido.',
  'welcome.check.coins': 'Moedas e cupons: use antes, porque eles se perdem junto com a conta.',
  'welcome.check.history': 'Histórico de pedidos: salve o que você ainda precisa (notas fiscais, garantias, códigos de rastreio), porque ele vai embora junto com a conta.',
  'welcome.start': 'Abrir o AliExpress',
  'welcome.startHint': 'O guia aparece sozinho nas páginas do AliExpress. Para escolher entre excluir e desativar, ou para mudar o idioma, clique no botão do Exit Guide na barra de ferramentas do navegador.',
  'welcome.privacyTitle': 'Privacidade',
  'welcome.privacy.kept': 'O Exit Guide guarda só o seu objetivo, o seu idioma e a etapa a que você chegou e quando, no armazenamento do próprio navegador.',
  'welcome.privacy.read': 'Ele lê as páginas do AliExpress só para encontrar o próximo controle e conferir a palavra que você digita. Nada do que ele lê é guardado ou enviado.',
  'welcome.privacy.clear': 'Quando você terminar, o painel oferece apagar o que foi guardado. Remover o Exit Guide também apaga tudo.',
  'welcome.privacy.permissions': 'Ele pede uma única permissão, a de armazenamento, e só funciona nos sites do AliExpress.',
};

export default pt;
