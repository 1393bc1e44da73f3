import { useState } from "react";
import { Button, Text, TextInput, View } from "react-native";
import { captionFor } from "../lib/ai";

export default function Home() {
  const [text, setText] = useState("");
  const [caption, setCaption] = useState("");
  return (
    <View>
      <TextInput value={text} onChangeText={setText} />
      <Button title="Caption" onPress={async () => setCaption(await captionFor(text))} />
      <Text>{caption}</Text>
    </View>
  );
}
