import { initializeApp } from 'firebase/app'
import { getFirestore } from 'firebase/firestore'

const app = initializeApp({
  apiKey: 'AIzaSyDemoKeyForLocalDevelopmentOnly00',
  authDomain: 'chatty-demo.firebaseapp.com',
  projectId: 'chatty-demo',
})
export const db = getFirestore(app)
