import type { LabelTable } from '@/engine/types';

/**
 * Portuguese (pt.aliexpress.com, Brazilian wording first, European where it differs). No
 * source shows a Portuguese label: every value is a translation of en.ts, to be confirmed
 * against live pages. The typed words list the English ones first, as the real site asks.
 */
export default {
  signIn: ['Entrar', 'Fazer login', 'Iniciar sessão'],
  signOut: ['Sair', 'Terminar sessão'],
  continue: ['Continuar', 'Próximo', 'Seguinte'],
  loginId: ['E-mail', 'Endereço de e-mail', 'E-mail ou número de telefone', 'número de telefone', 'conta'],
  wrongPassword: ['nome da conta ou senha está incorreto', 'senha está incorreta', 'senha incorreta', 'palavra-passe incorreta'],
  myAliExpress: ['Meu AliExpress', 'O meu AliExpress', 'Minha conta'],
  accountMenu: ['Conta', 'Minha conta'],
  accountSettings: ['Configurações da conta', 'Definições da conta', 'Configurações'],
  editMemberProfile: ['Editar perfil de membro', 'Editar perfil', 'Minhas informações pessoais'],
  deactivateAccount: ['Desativar conta', 'Excluir minha conta', 'Excluir conta', 'Encerrar conta'],
  memberIdOrEmail: ['ID de membro', 'e-mail', 'endereço de e-mail'],
  deactivateWords: ['Deactivate my account', 'Desativar minha conta'],
  deactivateMyAccount: ['Desativar minha conta', 'Desativar', 'Confirmar'],
  wrongWords: ['digite as palavras exatamente', 'palavras que você digitou', 'palavras não correspondem'],
  reasonRequired: ['escolha um motivo', 'selecione um motivo'],
  accountDeactivated: ['foi desativada', 'conta está desativada'],
  deleteMyAccount: ['Excluir minha conta', 'Eliminar a minha conta'],
  agreeWord: ['agree', 'concordo'],
  confirmWord: ['concordo', 'excluir'],
  deleteButton: ['Excluir', 'Excluir agora', 'Eliminar'],
  getCode: ['Obter código', 'Receber código', 'Enviar código', 'Obter código de verificação', 'Enviar código de verificação'],
  codeWord: ['código', 'código de verificação'],
  verify: ['Verificar', 'Enviar'],
  wrongCode: ['código está incorreto', 'código expirou', 'código inválido', 'código incorreto'],
  permanentDelete: ['permanentemente', 'excluir meus dados'],
  deleteAccount: ['Excluir conta', 'Excluir conta permanentemente', 'Eliminar conta'],
  deleteRequested: ['solicitação foi enviada', 'será excluída em até', 'conta foi excluída'],
  unusualTraffic: ['tráfego incomum', 'deslize para verificar'],
  openOrders: ['não pode ser excluída', 'pedidos, disputas', 'pedidos em andamento', 'pedidos não concluídos', 'conclua-os primeiro'],
  accountTerminated: ['conta foi encerrada', 'temporariamente indisponível'],
} satisfies LabelTable;
