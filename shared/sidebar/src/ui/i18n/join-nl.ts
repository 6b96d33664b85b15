/** Dutch strings of the invite landing page (/join/), a chunk of their own: the sidebar never loads them. */
import type { JoinKey } from './join-en'

export const joinNl: Record<JoinKey, string> = {
  'join.otherLanguage': 'English',
  'join.step1': '1. Oefen met uw camera, microfoon en het wisselen van ruimte',
  'join.step2': '2. Vul de intake in',
  'join.step3': '3. Onderteken de mediationovereenkomst',
  'join.step4': '4. Doe mee aan het gesprek',
  'join.toIntake': 'Naar de intake',
  'join.toSign': 'Naar de overeenkomst',
  'join.done': 'gedaan',
  'join.todo': 'nog te doen',
  'join.heading': 'Welkom',
  'join.invited': 'U bent uitgenodigd voor “{title}” als {role}.',
  'join.hello': 'Hallo {name}.',
  'join.open': 'Alleen de zijbalk openen (bijvoorbeeld samen aan één scherm)',
  'join.practice': 'Naar de oefenpagina',
  'join.jitsi': 'Naar de videovergadering',
  'join.invalid': 'Deze uitnodigingslink is niet (meer) geldig. Vraag de mediator om een nieuwe.',
  'join.checking': 'Uw uitnodiging wordt gecontroleerd…',
  'join.zoomHeading': 'Doet u mee via de Zoom-app?',
  'join.zoomShow': 'Toon mijn Zoom-code',
  'join.zoomCode': 'Uw Zoom-code',
  'join.zoomHow':
    'Open in de Zoom-vergadering de app Mediation en typ deze code. Hij werkt één keer, binnen {minutes} minuten. Houd hem voor uzelf: wie hem typt, doet mee als u.',
  'join.zoomNew': 'Nieuwe code',
  'join.zoomTooMany': 'U hebt te veel codes gevraagd. Probeer het over een paar minuten opnieuw.',
  'join.zoomOff': 'De Zoom-app is op deze server niet ingesteld.',
  'join.zoomFailed': 'Er kon geen code worden opgehaald. Probeer het opnieuw.',
}
